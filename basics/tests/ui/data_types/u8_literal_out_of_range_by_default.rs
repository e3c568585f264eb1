// Q3: `overflowing_literals` is deny-by-default: with no attribute at all, 256 in a `u8` is an error,
// not a warning (compare `u8_literal_out_of_range.rs`, which denies it explicitly).
fn main() {
    let age: u8 = 256; // error: literal out of range for `u8`
    println!("{age}");
}
