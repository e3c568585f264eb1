// Q21 follow-up: since edition 2024 the body of an `unsafe fn` is not an unsafe block. The lint
// `unsafe_op_in_unsafe_fn` (warn by default in 2024, denied in this workspace) requires an explicit
// `unsafe {}` with its own SAFETY reasoning around each unsafe operation.
#![deny(unsafe_op_in_unsafe_fn)]

/// # Safety
/// `index < slice.len()`.
pub unsafe fn get_unchecked_i32(slice: &[i32], index: usize) -> i32 {
    *slice.get_unchecked(index) // error: unsafe call without an unsafe block
}

fn main() {
    // SAFETY: 1 < 3.
    println!("{}", unsafe { get_unchecked_i32(&[10, 20, 30], 1) });
}
