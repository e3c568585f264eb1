//! **Q21 follow-up · `unsafe fn` vs an `unsafe` block.** An `unsafe` block in a safe function says "I
//! checked the invariant here", so anyone may call it; an `unsafe fn` hands a written `# Safety`
//! contract to its caller.
//!
//! - Calling an `unsafe fn` outside `unsafe` is E0133. Proof: `cargo test -p advanced --test compile_fail`
//! - [`get_checked`] is safe for any index: it checks the bound, then reads unchecked.
//!   Proof: `cargo test -p advanced --lib unsafe_rust::follow_up`
//! - Since edition 2024 an unsafe operation inside an `unsafe fn` needs its own `unsafe {}` (lint
//!   `unsafe_op_in_unsafe_fn`: warns by default, denied here). Proof: `cargo test -p advanced --test compile_fail`
//! - Prefer safe functions with small `unsafe` blocks; write `unsafe fn` only when soundness depends on
//!   what the function cannot check. Proof: `cargo run --bin unsafe_fn_vs_block`
//!
//! # Run it
//! `cargo run --bin unsafe_fn_vs_block`: only the first call needs `unsafe` at the call site.
//!
//! # Differences from the guide
//! - The `unsafe fn` body needs its own `unsafe {}`: [ERRATA.md, Q21](../../../ERRATA.md#q21).
//!
//! # More to explore
//! - The third form is `unsafe trait` / `unsafe impl`: a contract for implementors instead of callers.
//!   `Send` and `Sync` are the famous ones (Q26: `cargo run --bin send_sync`).
//! - In edition 2021 the body of an `unsafe fn` was one big unsafe block, so "callers must be careful"
//!   and "this line is dangerous" could not be told apart; the 2024 lint separates them.

pub fn main() {
    let data = [10, 20, 30];

    // The caller of an `unsafe fn` takes responsibility, so it needs an `unsafe` block.
    // SAFETY: 1 < data.len() == 3.
    let second = unsafe { get_unchecked_i32(&data, 1) };
    println!("unsafe fn, caller checked: get_unchecked_i32(&data, 1) = {second}");
    // get_unchecked_i32(&data, 1); // ❌ E0133 without unsafe — tests/ui/unsafe_fn_vs_block/call_without_unsafe.rs

    // A safe fn with an unsafe block inside takes the responsibility itself: no unsafe at the call site.
    println!(
        "safe fn, checks inside:   get_checked(&data, 1) = {:?}",
        get_checked(&data, 1)
    );
    println!(
        "safe fn, checks inside:   get_checked(&data, 7) = {:?}",
        get_checked(&data, 7)
    );
}

/// Returns `slice[index]` without a bounds check.
///
/// # Safety
/// `index` must be less than `slice.len()`; otherwise the read is out of bounds (undefined behaviour).
pub unsafe fn get_unchecked_i32(slice: &[i32], index: usize) -> i32 {
    // Edition 2024: the body of an `unsafe fn` needs its own `unsafe` block.
    // SAFETY: the caller guarantees `index < slice.len()` (this function's `# Safety` contract).
    unsafe { *slice.get_unchecked(index) }
}

/// Returns `slice[index]`, or `None` when `index` is out of bounds. Safe to call with any index:
/// the unsafe block's precondition is checked right here.
pub fn get_checked(slice: &[i32], index: usize) -> Option<i32> {
    if index < slice.len() {
        // SAFETY: `index < slice.len()` was checked on the line above.
        Some(unsafe { get_unchecked_i32(slice, index) })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unchecked_read_returns_the_element_when_the_contract_holds() {
        let data = [4, 5, 6];
        for (i, expected) in data.iter().enumerate() {
            // SAFETY: `i` comes from enumerating `data`, so `i < data.len()`.
            assert_eq!(unsafe { get_unchecked_i32(&data, i) }, *expected);
        }
    }

    #[test]
    fn checked_read_refuses_out_of_bounds_indexes() {
        let data = [4, 5, 6];
        assert_eq!(get_checked(&data, 2), Some(6));
        assert_eq!(get_checked(&data, 3), None);
        assert_eq!(get_checked(&[], 0), None);
    }
}
