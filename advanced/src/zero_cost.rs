//! **Q28 · Zero-cost abstractions.** An iterator chain, closures and generics compile to the code you
//! would have written by hand: you pay for the work, not for the abstraction.
//!
//! - The guide's chain and its hand loop compile to the same 58 instructions, no bounds check, no call,
//!   but three in a different order: equivalent, not byte-identical.
//!   Proof: `cargo test -p advanced --lib zero_cost::follow_up::tests::the_two_functions`
//! - They run at the same speed, within noise (CLAIMS.md row 21).
//!   Proof: `cargo bench -p advanced --bench zero_cost`
//! - A generic function is monomorphized: `max_value::<i32>` and `max_value::<f64>` are two compiled
//!   copies, with no run-time dispatch. Proof: `cargo run --bin compare_assembly`
//! - Same semantics too: both panic on `i64` overflow in a debug build and wrap in release (run the
//!   tests with `--release` too). Proof: `cargo test -p advanced --lib zero_cost::tests`
//!
//! # Run it
//! `cargo run --bin zero_cost`: the guide's output, `Sum of positive squares: 167`, `20` and `3.14`.
//!
//! # Differences from the guide
//! - Not the SAME assembly, the same instructions: [ERRATA.md, Q28](../../ERRATA.md#q28).
//! - The compared functions are `pub` in a standalone file: [ERRATA.md, Q28](../../ERRATA.md#q28).
//! - `3.14` needs `#[allow(clippy::approx_constant)]`: [ERRATA.md, Q28](../../ERRATA.md#q28).
//!
//! # More to explore
//! - Optimised, `main`'s two `max_value` calls are inlined and folded to constants (no `max_value`
//!   symbol is left at `-C opt-level=3`, a scratch check); the two copies exist as code in
//!   `compare_assembly` only because `asm/zero_cost.rs` marks the function `#[inline(never)]`.
//! - `-O` is `opt-level=2`, a release build uses 3; `compare_assembly` checks both, with the same result.
//! - Where an abstraction does cost: bounds checks the optimiser cannot remove, `dyn` calls that block
//!   inlining (Q22, CLAIMS.md rows 15 and 46), `Rc`/`Arc` reference counts, and `f64` sums that stay in
//!   order and so are not vectorised.
//! - Closures are inlined like the chain's (Q14), and `impl Trait` is static dispatch (Q11's follow-up).
//!   Compiler Explorer (godbolt.org) and `cargo-show-asm` are the everyday tools for looking.
//!
//! # Follow-up
//! How can you verify zero-cost abstractions? Show how to compare assembly output. [`follow_up`],
//! `cargo run --bin compare_assembly`.
#![forbid(unsafe_code)] // this question needs no unsafe code (the crate has some, for Q21)

pub mod follow_up;

// The guide's `3.14` is not meant as π; clippy's `approx_constant` would ask for `f64::consts::PI`.
#[allow(clippy::approx_constant)]
pub fn main() {
    let data = vec![3, -1, 4, -1, 5, 9, -2, 6];
    let r1 = sum_of_squares_idiomatic(&data);
    let r2 = sum_of_squares_manual(&data);
    assert_eq!(r1, r2); // same result
    println!("Sum of positive squares: {}", r1); // 167

    // Monomorphized — max_value::<i32> and max_value::<f64> are separate functions
    println!("{}", max_value(10, 20)); // i32 version
    println!("{}", max_value(3.14, 2.71)); // f64 version
}

/// The guide's iterator chain.
pub fn sum_of_squares_idiomatic(data: &[i64]) -> i64 {
    data.iter().filter(|&&x| x > 0).map(|&x| x * x).sum()
}

/// The guide's hand-written loop, index and all (the bounds checks are removed by the optimiser,
/// because `i < data.len()` is known).
#[allow(clippy::needless_range_loop)] // the point is to write the loop by hand
pub fn sum_of_squares_manual(data: &[i64]) -> i64 {
    let mut total: i64 = 0;
    for i in 0..data.len() {
        if data[i] > 0 {
            total += data[i] * data[i];
        }
    }
    total
}

/// Generic function — monomorphized, no runtime dispatch.
pub fn max_value<T: PartialOrd>(a: T, b: T) -> T {
    if a >= b { a } else { b }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_versions_agree_on_the_guides_data_and_edge_cases() {
        let guide = [3, -1, 4, -1, 5, 9, -2, 6];
        assert_eq!(sum_of_squares_idiomatic(&guide), 167);
        for data in [&[][..], &[0], &[-5, -7], &[1, 2, 3], &guide] {
            assert_eq!(sum_of_squares_idiomatic(data), sum_of_squares_manual(data));
        }
    }

    #[test]
    fn both_versions_agree_on_many_pseudo_random_inputs() {
        // A fixed xorshift sequence: deterministic, covers the unrolled loop and its remainder.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for len in 0..64 {
            let data: Vec<i64> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    (state % 2001) as i64 - 1000
                })
                .collect();
            assert_eq!(
                sum_of_squares_idiomatic(&data),
                sum_of_squares_manual(&data)
            );
        }
    }

    #[test]
    #[allow(clippy::approx_constant)]
    fn max_value_works_for_each_type() {
        assert_eq!(max_value(10, 20), 20);
        assert_eq!(max_value(3.14, 2.71), 3.14);
        assert_eq!(max_value("a", "b"), "b");
    }

    // Overflow checks exist only with debug assertions (the test and dev profiles); `--release` wraps.
    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "attempt to multiply with overflow")]
    fn the_iterator_version_checks_overflow_in_debug() {
        sum_of_squares_idiomatic(&[i64::MAX]);
    }

    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "attempt to multiply with overflow")]
    fn the_manual_version_checks_overflow_in_debug() {
        sum_of_squares_manual(&[i64::MAX]);
    }

    /// Each square fits in an `i64` (3_037_000_499² < `i64::MAX`), their sum does not: the overflow is
    /// in the addition, `sum()` in one version and `+=` in the other.
    const BIG: i64 = 3_037_000_499;

    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "attempt to add with overflow")]
    fn the_iterator_versions_sum_checks_overflow_in_debug() {
        sum_of_squares_idiomatic(&[BIG, BIG]);
    }

    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "attempt to add with overflow")]
    fn the_manual_versions_sum_checks_overflow_in_debug() {
        sum_of_squares_manual(&[BIG, BIG]);
    }

    #[cfg(not(debug_assertions))]
    #[test]
    fn both_versions_wrap_the_same_way_in_release() {
        let square = i64::MAX.wrapping_mul(i64::MAX);
        assert_eq!(sum_of_squares_idiomatic(&[i64::MAX]), square);
        assert_eq!(sum_of_squares_manual(&[i64::MAX]), square);
        let sum = (BIG * BIG).wrapping_add(BIG * BIG);
        assert!(sum < 0, "the sum wrapped around");
        assert_eq!(sum_of_squares_idiomatic(&[BIG, BIG]), sum);
        assert_eq!(sum_of_squares_manual(&[BIG, BIG]), sum);
    }
}
