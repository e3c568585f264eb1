//! Q28 — Zero-cost abstractions: an iterator chain, closures and generics compile down to the code you
//! would have written by hand.
//!
//! Run `cargo run --bin zero_cost`: the guide's output, `Sum of positive squares: 167`, `20` and `3.14`.
//!
//! What the guide claims and what is true on 1.95.0, x86_64, `-C opt-level=3` (what `--release` uses):
//! - "`sum_of_squares_idiomatic` compiles to the SAME assembly as `sum_of_squares_manual`": *almost*.
//!   Both become the same loop, unrolled four times, with no bounds checks and no allocation, and they
//!   contain exactly the same instructions (58 each); but three of them (two register zeroings and the
//!   index increment) sit in a different place, so the listings are not byte-identical. `cargo run --bin compare_assembly` compiles both and
//!   shows the difference; its test asserts these figures.
//! - The speed: `cargo bench -p advanced --bench zero_cost` times both on 10 000 elements. On a quiet
//!   2-core x86-64 machine: iterator chain 3.8 µs, hand loop 4.0 µs; on a loaded one, earlier, three
//!   runs gave 6.2 / 4.5, 10.9 / 10.7 and 10.1 / 11.3 µs. No consistent winner: the differences are
//!   noise (`performance/CLAIMS.md` row 21). Timings are never asserted by tests.
//! - "Both produce identical x86 assembly with -O2": `-O` is `opt-level=2`; a release build uses 3.
//!   `compare_assembly` checks both levels, with the same result at each: same instructions, not the
//!   same order.
//! - Overflow behaves the same too: in a debug build both panic on `i64` overflow (the multiplication
//!   and the addition are checked in both, `sum()` included), see the `should_panic` tests.
//!
//! `max_value` is monomorphized: `max_value(10, 20)` and `max_value(3.14, 2.71)` call two separate
//! compiled functions, `max_value::<i32>` and `max_value::<f64>`; `compare_assembly` counts them.
//!
//! Follow-up (how to verify a zero-cost claim, comparing assembly): [`follow_up`],
//! `cargo run --bin compare_assembly`.
#![forbid(unsafe_code)] // this question needs no unsafe code (the crate has some, for Q21)

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

pub mod follow_up;

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

    #[test]
    #[should_panic(expected = "attempt to multiply with overflow")]
    fn the_iterator_version_checks_overflow_in_debug() {
        sum_of_squares_idiomatic(&[i64::MAX]);
    }

    #[test]
    #[should_panic(expected = "attempt to multiply with overflow")]
    fn the_manual_version_checks_overflow_in_debug() {
        sum_of_squares_manual(&[i64::MAX]);
    }

    /// Each square fits in an `i64` (3_037_000_499² < `i64::MAX`), their sum does not: the overflow is
    /// in the addition, `sum()` in one version and `+=` in the other.
    const BIG: i64 = 3_037_000_499;

    #[test]
    #[should_panic(expected = "attempt to add with overflow")]
    fn the_iterator_versions_sum_checks_overflow_in_debug() {
        sum_of_squares_idiomatic(&[BIG, BIG]);
    }

    #[test]
    #[should_panic(expected = "attempt to add with overflow")]
    fn the_manual_versions_sum_checks_overflow_in_debug() {
        sum_of_squares_manual(&[BIG, BIG]);
    }
}
