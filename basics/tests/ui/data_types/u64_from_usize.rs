// Q3 follow-up: std has no `From<usize> for u64` (nor `From<u32> for usize`), even on 64-bit targets:
// `From` promises a lossless conversion on every target, and `usize` may be 128 bits wide one day (or
// 16 bits today, on AVR and MSP430). Use `u64::try_from(v.len())`.
fn main() {
    let v = vec![1, 2, 3];
    let n: u64 = u64::from(v.len()); // E0277: the trait bound `u64: From<usize>` is not satisfied
    println!("{n}");
}
