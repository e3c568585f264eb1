// Q21, the right half of tests/ui/unsafe_rust/extern_block_not_unsafe.rs: edition 2024 writes the
// block `unsafe extern "C"`; calling the function still needs `unsafe`.
unsafe extern "C" {
    fn abs(input: i32) -> i32;
}

fn main() {
    // SAFETY: abs(-42) is defined in C (the argument is not INT_MIN).
    let result = unsafe { abs(-42) };
    println!("abs(-42) = {result}");
    assert_eq!(result, 42);
}
