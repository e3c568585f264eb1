// Q21 follow-up, the right half of tests/ui/unsafe_fn_vs_block/unsafe_op_in_unsafe_fn.rs: the unsafe
// operation gets its own `unsafe {}` block with its own SAFETY reasoning.
#![deny(unsafe_op_in_unsafe_fn)]

/// # Safety
/// `index < slice.len()`.
pub unsafe fn get_unchecked_i32(slice: &[i32], index: usize) -> i32 {
    // SAFETY: the caller promises `index < slice.len()`.
    unsafe { *slice.get_unchecked(index) }
}

fn main() {
    // SAFETY: 1 < 3.
    let v = unsafe { get_unchecked_i32(&[10, 20, 30], 1) };
    println!("{v}");
    assert_eq!(v, 20);
}
