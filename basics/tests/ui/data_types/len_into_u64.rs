// Q3 follow-up: the commonest `usize` error in real code. A length is a `usize`, and Rust never
// converts between integer types implicitly, even when the value would fit.
fn main() {
    let v = vec![1, 2, 3];
    let n: u64 = v.len(); // E0308: mismatched types, expected `u64`, found `usize`
    println!("{n}");
}
