// Q3: a u8 holds 0..=255 (not 0..255 as the guide's comment says); 256 does not fit.
// `overflowing_literals` is deny-by-default; it is denied explicitly so the case does not depend on that.
#![deny(overflowing_literals)]

fn main() {
    let ok: u8 = 255; // the largest u8
    let age: u8 = 256; // error: literal out of range for `u8`
    println!("{ok} {age}");
}
