//! Q21 — Unsafe Rust: `unsafe` unlocks a few operations the compiler cannot check (dereferencing raw
//! pointers, calling unsafe or foreign functions, `static mut`, unsafe traits, union fields), and the
//! idiom is to wrap them in a *safe* API whose checks make every call sound.
//!
//! Run `cargo run --bin unsafe_rust`. The `Left: ...` and `abs(-42) = 42` lines are the guide's output.
//! Notice:
//! - [`split_at_mut`] hands out two `&mut` into one slice, which the borrow checker cannot prove disjoint;
//!   the `assert!` plus the `// SAFETY:` argument is what makes that sound. A `mid` past the end is a
//!   clear panic, not undefined behaviour (tested below).
//! - The borrow checker still applies to what `unsafe` returns: `left` and `right` borrow `data`, so
//!   `data` cannot be touched while they are alive (E0499, `tests/ui/unsafe_rust/borrow_checker_still_applies.rs`).
//! - The call into C needs its own argument check: C's `abs(INT_MIN)` is undefined behaviour, so
//!   [`c_abs`] refuses `i32::MIN` instead of passing it on (the last lines of the output).
//!
//! The guide writes `extern "C" { fn abs(...); }`; here the block is `unsafe extern "C"` because since
//! edition 2024 (this workspace's edition) a plain `extern` block is rejected: declaring a foreign
//! signature is itself a promise the compiler cannot check ("extern blocks must be unsafe", a hard error
//! without a code: `tests/ui/unsafe_rust/extern_block_not_unsafe.rs`).
//! Items inside may be marked `safe fn` when calling them can never be unsound for any argument
//! (C's `sqrt` here); `abs` stays unsafe because of `INT_MIN`.
//!
//! Miri checks that `split_at_mut` is sound (no aliasing `&mut`, no out-of-bounds pointer):
//! `cargo +nightly-2026-05-20 miri test -p advanced --lib unsafe_rust::` (run by `.ci/run`). The C calls
//! are compiled out under Miri (`cfg(miri)`), because Miri cannot execute foreign code. As a negative
//! control, the test `negative_control_overlapping_split_is_undefined_behavior` (only built with
//! `--features miri-negative-control`, only run under Miri) splits with overlapping halves; `.ci/run`
//! requires Miri to report it as "Undefined Behavior", which shows the check above can fail.
//!
//! Follow-up (`unsafe fn` vs an `unsafe` block): [`follow_up`], `cargo run --bin unsafe_fn_vs_block`.

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

pub fn main() {
    let mut data = vec![1, 2, 3, 4, 5];
    let (left, right) = split_at_mut(&mut data, 3);
    left[0] = 99;
    println!("Left: {:?}, Right: {:?}", left, right);
    // Left: [99, 2, 3], Right: [4, 5]
    right[0] += left[2]; // both halves are writable at the same time
    // data.push(6); // ❌ E0499 while `left`/`right` are alive: the unsafe code inside split_at_mut did
    //                  not switch off the borrow checker for its callers —
    //                  tests/ui/unsafe_rust/borrow_checker_still_applies.rs
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

/// Follow-up: what is the difference between `unsafe fn` and an `unsafe` block inside a safe fn?
///
/// - An **`unsafe` block** inside a safe function says "I, the author of this function, have checked
///   the invariant here". The function is safe to call with *any* arguments, so callers need no
///   `unsafe`. [`get_checked`](follow_up::get_checked) is one: it checks the index and then uses an unchecked read.
/// - An **`unsafe fn`** says "the *caller* must uphold a contract", written in a `# Safety` section.
///   Calling it outside `unsafe` is error E0133 (`tests/ui/unsafe_fn_vs_block/call_without_unsafe.rs`).
///   [`get_unchecked_i32`](follow_up::get_unchecked_i32) is one: it does not check the index, the caller promises it is in bounds.
/// - Since edition 2024 the body of an `unsafe fn` is *not* an unsafe block any more (lint
///   `unsafe_op_in_unsafe_fn`, warn by default and denied in this workspace's `[workspace.lints]`): every
///   unsafe operation inside needs its own `unsafe {}` with its own `// SAFETY:` reasoning
///   (`tests/ui/unsafe_fn_vs_block/unsafe_op_in_unsafe_fn.rs`). "Callers must be careful" and "this
///   line is dangerous" are now two separate, separately visible things.
///
/// Rule of thumb: prefer safe functions with internal `unsafe` blocks; make a function `unsafe fn` only
/// when its soundness depends on something it cannot check itself (or checking would defeat its purpose).
pub mod follow_up {
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

    // Foreign code cannot run under Miri: only the FFI part is compiled out, the test itself stays.
    #[test]
    fn c_abs_and_c_sqrt_call_the_c_library() {
        #[cfg(not(miri))]
        {
            assert_eq!(c_abs(-42), Some(42));
            assert_eq!(c_abs(i32::MAX), Some(i32::MAX));
            assert_eq!(c_abs(-i32::MAX), Some(i32::MAX));
            assert_eq!(c_abs(i32::MIN), None);
            assert_eq!(c_sqrt(16.0), 4.0);
            assert!(c_sqrt(-1.0).is_nan());
        }
        #[cfg(miri)]
        {
            // Under Miri the C calls are compiled out; what remains checkable is the refusal rule's input.
            assert_eq!(i32::MIN.checked_abs(), None);
        }
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
        // and the tuple then uses `left` ("that tag does not exist in the borrow stack"). Were it not
        // caught there, these two writes to the same element through two `&mut` would be.
        right[0] = 30;
        left[2] = 31;
        assert_eq!(data[2], 31);
    }
}
