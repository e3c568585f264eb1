//! **Q21 · Unsafe Rust.** `unsafe` unlocks five operations the compiler cannot check (raw-pointer
//! dereference, unsafe and foreign calls, `static mut`, unsafe traits, union fields); the idiom is a safe
//! API whose own checks make every call sound.
//!
//! - `unsafe` removes no checks: two `&mut x` inside an `unsafe` block are still E0499.
//!   Proof: `cargo test -p advanced --test compile_fail`
//! - [`split_at_mut`] returns two `&mut` into one slice; its `assert!(mid <= len)` and `// SAFETY:`
//!   argument make a bad `mid` a panic, not UB. Proof: `cargo test -p advanced --lib unsafe_rust::tests::split_at_mut`
//! - Soundness is the module's job, not the block's: that `assert!` is safe code, yet removing it breaks
//!   the `unsafe` block. Proof: `cargo test -p advanced --lib unsafe_rust::tests::split_at_mut_past_the_end`
//! - C's `abs(INT_MIN)` is UB, so [`c_abs`] refuses `i32::MIN`. Proof: `cargo test -p advanced --lib unsafe_rust::tests::c_abs`
//! - Miri finds UB only in the executions the tests drive; a negative control shows it fires.
//!   Proof: `cargo +nightly-2026-08-18 miri test -p advanced --lib -- unsafe_rust::`
//!
//! # Run it
//! `cargo run --bin unsafe_rust`: `Left: ...` and `abs(-42) = 42` are the guide's lines; `abs(i32::MIN)`
//! is refused.
//!
//! # Differences from the guide
//! - `unsafe extern "C"`: [ERRATA.md, Q21](../../ERRATA.md#q21).
//! - `c_abs` refuses `i32::MIN`: [ERRATA.md, Q21](../../ERRATA.md#q21).
//! - The SAFETY argument runs under Miri: [ERRATA.md, Q21](../../ERRATA.md#q21).
//!
//! # More to explore
//! - The borrow checker also constrains callers: `left` and `right` borrow `data`, so `data.push(6)` while
//!   they live is E0499 (`tests/ui/unsafe_rust/borrow_checker_still_applies.rs`). That comes from the
//!   signature and would hold with no `unsafe` inside.
//! - `static mut`: since edition 2024 a `&` or `&mut` to one is rejected (deny-by-default lint
//!   `static_mut_refs`, `tests/ui/unsafe_rust/static_mut_reference.rs`); use an atomic, a `Mutex` or
//!   `&raw const`.
//! - A plain `extern "C" {}` block is a hard error without a code in edition 2024
//!   (`tests/ui/unsafe_rust/extern_block_not_unsafe.rs`): declaring a foreign signature is a promise.
//!   Items that are sound for every argument may be `safe fn` (C's `sqrt` here).
//! - Under Miri the C calls are compiled out (`cfg(miri)`): Miri cannot run foreign code. The negative
//!   control `negative_control_overlapping_split_is_undefined_behavior` is built only with `--features
//!   miri-negative-control`; `.ci/run` requires Miri to report "Undefined Behavior" for it.
//! - `abs(INT_MIN)` is not theoretical: with `-O`, rustc 1.98.0 turns the declared C `abs` into LLVM's
//!   `llvm.abs(x, true)` (INT_MIN gives poison), and in one program `abs(i32::MIN)` returned
//!   -2147483648 while `abs(x) < 0` was folded to `false` for the same input. (A scratch check, not a
//!   test: the result of undefined behaviour is nothing to assert.)
//! - What counts as undefined behaviour: two live `&mut` to one place, reads out of bounds or of
//!   uninitialised memory, invalid values (a `bool` that is 2), data races.
//!
//! # Follow-up
//! What is the difference between `unsafe fn` and an `unsafe` block inside a safe fn? [`follow_up`],
//! `cargo run --bin unsafe_fn_vs_block`.

pub mod follow_up;

pub fn main() {
    let mut data = vec![1, 2, 3, 4, 5];
    let (left, right) = split_at_mut(&mut data, 3);
    left[0] = 99;
    println!("Left: {:?}, Right: {:?}", left, right);
    // Left: [99, 2, 3], Right: [4, 5]
    right[0] += left[2]; // both halves are writable at the same time
    // data.push(6); // ❌ E0499 while `left`/`right` are alive: split_at_mut's signature ties both
    //                  halves to `data` — tests/ui/unsafe_rust/borrow_checker_still_applies.rs
    println!("after right[0] += left[2]: {:?}", right);
    println!("data afterwards: {:?}", data);

    // Calling C.
    #[cfg(not(miri))]
    {
        match c_abs(-42) {
            Some(result) => println!("abs(-42) = {}", result), // 42
            None => println!("abs(-42) does not fit in an i32"),
        }
        match c_abs(i32::MIN) {
            Some(result) => println!("abs(i32::MIN) = {result}"),
            None => println!("abs({}) refused: C's abs(INT_MIN) is undefined", i32::MIN),
        }
        println!(
            "sqrt(2.0) = {:.6} (a `safe fn` from C, no unsafe block)",
            c_sqrt(2.0)
        );
    }
}

/// Splits `slice` into `[0, mid)` and `[mid, len)`, both mutable, like `<[T]>::split_at_mut`.
///
/// # Panics
/// If `mid > slice.len()`, with a message naming both numbers.
pub fn split_at_mut(slice: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    let len = slice.len();
    // This check is the whole safety argument: without it `ptr.add(mid)` could leave the allocation.
    assert!(
        mid <= len,
        "split_at_mut: mid ({mid}) is greater than the slice length ({len})"
    );
    let ptr = slice.as_mut_ptr();
    // SAFETY: `ptr` comes from a `&mut [i32]` of `len` elements that we hold exclusively for the returned
    // lifetime. `mid <= len` (checked above), so `ptr.add(mid)` stays inside the allocation (or one past
    // its end), and the halves `[0, mid)` and `[mid, len)` are in bounds and do not overlap, so the two
    // `&mut` never alias.
    unsafe {
        (
            std::slice::from_raw_parts_mut(ptr, mid),
            std::slice::from_raw_parts_mut(ptr.add(mid), len - mid),
        )
    }
}

// FFI: functions of the C library, which every Rust program on Linux already links.
// Edition 2024: the block must be `unsafe extern`; a plain `extern "C" {}` does not compile
// (tests/ui/unsafe_rust/extern_block_not_unsafe.rs).
// Miri cannot run foreign code, so these declarations and their callers are compiled out under Miri.
#[cfg(not(miri))]
unsafe extern "C" {
    /// `int abs(int)`. Unsafe to call: C leaves `abs(INT_MIN)` undefined (the result does not fit).
    fn abs(input: i32) -> i32;
    /// `double sqrt(double)`. Defined for every input (NaN for negative ones), so it is declared
    /// `safe fn` and can be called without an `unsafe` block.
    safe fn sqrt(x: f64) -> f64;
}

/// C's `abs` behind a safe API: `None` for `i32::MIN`, whose absolute value does not fit in an `i32`
/// (C's `abs(INT_MIN)` is undefined behaviour, so it must never reach C).
#[cfg(not(miri))]
pub fn c_abs(input: i32) -> Option<i32> {
    if input == i32::MIN {
        return None;
    }
    // SAFETY: `abs` is the C library's `int abs(int)`, whose signature matches the declaration (C `int`
    // is 32 bits on every target Rust supports for this code). Its only precondition, that the result
    // is representable, holds because `input != i32::MIN` was checked above.
    Some(unsafe { abs(input) })
}

/// C's `sqrt`, declared `safe fn` above: no `unsafe` block needed at the call site.
#[cfg(not(miri))]
pub fn c_sqrt(x: f64) -> f64 {
    sqrt(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_at_mut_gives_two_disjoint_writable_halves() {
        let mut data = vec![1, 2, 3, 4, 5];
        let (left, right) = split_at_mut(&mut data, 3);
        assert_eq!((&left[..], &right[..]), (&[1, 2, 3][..], &[4, 5][..]));
        // Write through both halves while both are alive: Miri checks these accesses do not alias.
        left[0] = 99;
        right[0] = 40;
        left[2] += right[1];
        assert_eq!(data, [99, 2, 8, 40, 5]);
    }

    #[test]
    fn split_at_mut_accepts_both_ends() {
        let mut data = [7, 8];
        let (left, right) = split_at_mut(&mut data, 0);
        assert!(left.is_empty());
        assert_eq!(right, [7, 8]);
        let (left, right) = split_at_mut(&mut data, 2);
        assert_eq!(left, [7, 8]);
        assert!(right.is_empty());
        let (left, right) = split_at_mut(&mut [], 0);
        assert!(left.is_empty() && right.is_empty());
    }

    #[test]
    fn split_at_mut_matches_the_standard_library() {
        let mut ours = [1, 2, 3, 4, 5, 6];
        let mut std_ = ours;
        for mid in 0..=ours.len() {
            let (a, b) = split_at_mut(&mut ours, mid);
            let (c, d) = std_.split_at_mut(mid);
            assert_eq!((&*a, &*b), (&*c, &*d));
        }
    }

    #[test]
    #[should_panic(expected = "split_at_mut: mid (6) is greater than the slice length (5)")]
    fn split_at_mut_past_the_end_panics_with_a_clear_message() {
        let mut data = [1, 2, 3, 4, 5];
        let _ = split_at_mut(&mut data, 6);
    }

    // Foreign code cannot run under Miri, where `c_abs` and `c_sqrt` do not exist.
    #[cfg(not(miri))]
    #[test]
    fn c_abs_and_c_sqrt_call_the_c_library() {
        assert_eq!(c_abs(-42), Some(42));
        assert_eq!(c_abs(i32::MAX), Some(i32::MAX));
        assert_eq!(c_abs(-i32::MAX), Some(i32::MAX));
        assert_eq!(c_abs(i32::MIN), None);
        assert_eq!(c_sqrt(16.0), 4.0);
        assert!(c_sqrt(-1.0).is_nan());
    }

    /// Negative control for the Miri run: the same split as [`split_at_mut`] but with halves that
    /// overlap by one element, i.e. two `&mut` to the same `i32`. Built only with
    /// `--features miri-negative-control` and only under Miri; `.ci/run` runs it and requires Miri to
    /// report "Undefined Behavior". Never run natively: the compiled program may silently "work".
    #[cfg(all(miri, feature = "miri-negative-control"))]
    #[test]
    fn negative_control_overlapping_split_is_undefined_behavior() {
        let mut data = [1, 2, 3, 4, 5];
        let ptr = data.as_mut_ptr();
        // SAFETY: deliberately violated: `[0, 3)` and `[2, 5)` overlap at index 2. This is the bug the
        // Miri run must catch.
        let (left, right) = unsafe {
            (
                std::slice::from_raw_parts_mut(ptr, 3),
                std::slice::from_raw_parts_mut(ptr.add(2), 3),
            )
        };
        // Miri already stops above: creating `right` invalidates `left`'s exclusive borrow of data[2],
        // and the tuple then uses `left` ("that tag does not exist in the borrow stack", in the default
        // Stacked Borrows model; under `-Zmiri-tree-borrows` the report may come at a later access instead). Were it not
        // caught there, these two writes to the same element through two `&mut` would be.
        right[0] = 30;
        left[2] = 31;
        assert_eq!(data[2], 31);
    }
}
