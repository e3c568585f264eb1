//! **Q15 · Iterators.** An iterator is anything with `next(&mut self) -> Option<Item>`; adaptors
//! (`filter`, `map`, `enumerate`) only describe work, and a consumer (`sum`, `collect`, a `for` loop)
//! pulls each item through the whole chain, one at a time.
//!
//! - Adaptors are lazy: building a `map` runs nothing (rustc warns about an unconsumed one). Proof: `cargo test -p intermediate --lib iterators::tests::adaptors_do_nothing_until_consumed`
//! - A custom iterator implements only `next` and gets every adaptor; `Fibonacci` ends after F(93). Proof: `cargo test -p intermediate --lib iterators::tests::fibonacci_yields_f0_to_f93_then_stops`
//! - One chain, one `collect`: collecting in between allocates an intermediate `Vec`. Proof: `cargo test -p intermediate --lib iterators::tests::collecting_twice_costs_the_intermediate_vec`
//! - "Zero-cost" means no overhead of its own once optimised, not the fastest loop: measure. Proof: `cargo bench -p intermediate --bench iterators`
//!
//! # Run it
//! `cargo run --bin iterators`, then `cargo test -p intermediate --lib iterators`. The guide's three
//! outputs come first; then laziness counted, where `Fibonacci` ends, and the allocations of both collects.
//!
//! # Differences from the guide
//! - `Fibonacci` stops before `u64` overflows instead of panicking: [ERRATA.md, Q15](../../ERRATA.md#q15).
//! - The collect-twice snippet does not compile as printed: [ERRATA.md, Q15](../../ERRATA.md#q15).
//! - Arrays instead of `vec!` where nothing needs the heap: [ERRATA.md, Q15](../../ERRATA.md#q15).
//!
//! # More to explore
//! - The guide's `next` computes two values ahead, so its 93rd call overflows computing F(94): a panic
//!   with debug assertions, silently wrong values in release (`GuideFibonacci` in the tests).
//! - The collect-twice snippet fails with E0308 (`x > &0` compares `&&i32` with `&i32`) and E0369
//!   (`&&i32 * 2`): `tests/ui/iterators/collect_twice_as_in_the_guide.rs`. The allocation counts for 6
//!   and 1000 values (CLAIMS.md row 7) come from `Vec`'s growth policy, which std does not guarantee: a
//!   `filter` cannot tell `collect` the final length, so each first `collect` grows by reallocation.
//! - Speed: CLAIMS.md rows 8 and 9 (`cargo bench -p intermediate --bench iterators`). The chain was no
//!   faster than an index loop here, and collecting twice was slower than once.
//! - An unconsumed chain is a warning (`unused_must_use`): `tests/ui/iterators/unconsumed_map_is_lazy.rs`
//!   denies it to show rustc's note.
//!
//! # Follow-up
//! "What is the difference between `iter()`, `into_iter()`, and `iter_mut()`?": [`follow_up`],
//! `cargo run --bin iter_kinds`.

use basics::alloc_counter::{AllocStats, count_allocations};
use std::cell::Cell;

pub mod follow_up;

pub fn main() {
    // An array rather than the guide's `vec!`: nothing here needs the heap (clippy::useless_vec).
    let transactions = [1200.0, -500.0, 3400.0, -150.0, 800.0, -2000.0];

    // Chain of lazy combinators → consuming adaptor
    let total_deposits: f64 = transactions
        .iter()
        .filter(|&&t| t > 0.0) // keep positives
        .map(|t| t * 0.98) // apply 2% fee
        .sum(); // consume & add up
    println!("Net deposits after fees: ₹{:.2}", total_deposits); // ₹5292.00

    // enumerate + filter_map for index + transform
    let large_txns: Vec<String> = transactions
        .iter()
        .enumerate()
        .filter_map(|(i, &amount): (usize, &f64)| {
            if amount.abs() > 1000.0 {
                Some(format!("#{}: ₹{:.2}", i + 1, amount))
            } else {
                None
            }
        })
        .collect();
    println!("Large transactions: {:?}", large_txns);
    // ["#1: ₹1200.00", "#3: ₹3400.00", "#6: ₹-2000.00"]

    // Custom iterator
    let fibs: Vec<u64> = Fibonacci::new().take(10).collect();
    println!("Fibonacci: {:?}", fibs); // [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]

    println!("-- adaptors are lazy --");
    let calls = Cell::new(0);
    let chain = transactions.iter().map(|t| {
        calls.set(calls.get() + 1);
        t * 0.98
    });
    println!("after building the chain: map ran {} times", calls.get());
    let first_two: Vec<f64> = chain.take(2).collect();
    println!(
        "after take(2).collect(): map ran {} times -> {:?}",
        calls.get(),
        first_two
    );

    println!("-- Fibonacci ends where u64 ends --");
    let all: Vec<u64> = Fibonacci::new().collect();
    println!(
        "{} values, last F({}) = {}",
        all.len(),
        all.len() - 1,
        all[all.len() - 1]
    );

    println!("-- collect twice vs collect once (allocations) --");
    for len in [6, 1000] {
        let data = sample_data(len);
        let (twice, once) = allocations_of_both(&data);
        println!(
            "{len} values: collect twice = {} allocations / {} bytes, collect once = {} / {}",
            twice.allocations, twice.bytes, once.allocations, once.bytes
        );
    }
}

/// The Fibonacci sequence F(0), F(1), … for as long as it fits in a `u64`: 94 values, F(0)..=F(93).
pub struct Fibonacci {
    /// The value the next call returns; `None` once the sequence has ended.
    a: Option<u64>,
    /// The value after it; `None` when it would overflow `u64`.
    b: Option<u64>,
}

impl Fibonacci {
    pub fn new() -> Self {
        Self {
            a: Some(0),
            b: Some(1),
        }
    }
}

impl Default for Fibonacci {
    fn default() -> Self {
        Self::new()
    }
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let next = self.a?;
        self.a = self.b;
        // The guide: `self.b = next + self.b`, which overflows on the way to F(94).
        self.b = self.b.and_then(|b| next.checked_add(b));
        Some(next)
    }
}

// Once `a` is `None` it stays `None`, so the iterator is fused: callers may rely on it.
impl std::iter::FusedIterator for Fibonacci {}

/// The guide's "wrong" idea, made to compile: collect the filtered items, then iterate again.
pub fn collect_twice(data: &[i32]) -> Vec<i32> {
    let filtered: Vec<&i32> = data.iter().filter(|x| **x > 0).collect();
    filtered.iter().map(|x| *x * 2).collect()
}

/// The guide's "right" version: one lazy chain, one `collect`.
pub fn collect_once(data: &[i32]) -> Vec<i32> {
    data.iter().filter(|x| x > &&0).map(|x| x * 2).collect()
}

/// Allocations made by [`collect_twice`] and [`collect_once`] on `data`.
pub fn allocations_of_both(data: &[i32]) -> (AllocStats, AllocStats) {
    let (twice, twice_stats) = count_allocations(|| collect_twice(data));
    let (once, once_stats) = count_allocations(|| collect_once(data));
    assert_eq!(twice, once, "both versions compute the same result");
    (twice_stats, once_stats)
}

/// `len` deterministic values, alternately positive and negative: `1, -1, 3, -3, 5, -5, ...`.
pub fn sample_data(len: usize) -> Vec<i32> {
    (0..len as i32)
        .map(|i| if i % 2 == 0 { i + 1 } else { -i })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guides_outputs() {
        let transactions = [1200.0, -500.0, 3400.0, -150.0, 800.0, -2000.0];
        let total: f64 = transactions
            .iter()
            .filter(|&&t| t > 0.0)
            .map(|t| t * 0.98)
            .sum();
        assert_eq!(format!("{total:.2}"), "5292.00");
        let fibs: Vec<u64> = Fibonacci::new().take(10).collect();
        assert_eq!(fibs, [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]);
    }

    #[test]
    fn fibonacci_yields_f0_to_f93_then_stops() {
        let all: Vec<u64> = Fibonacci::new().collect();
        assert_eq!(all.len(), 94);
        assert_eq!(all[93], 12_200_160_415_121_876_738);
        // Each value is the sum of the two before it, all the way up: nothing wrapped.
        assert!(all.windows(3).all(|w| w[0] + w[1] == w[2]));
        // F(94) would not fit.
        assert_eq!(all[92].checked_add(all[93]), None);

        let mut fib = Fibonacci::new();
        assert_eq!(fib.nth(93), Some(12_200_160_415_121_876_738));
        assert_eq!(fib.next(), None);
        assert_eq!(fib.next(), None, "fused: stays ended");
    }

    /// The guide's `Fibonacci`, kept only to show where it overflows.
    ///
    /// Flaw: panics. Proof: `cargo test -p intermediate --lib iterators::tests::guide_fibonacci_overflows_at_the_93rd_value`
    struct GuideFibonacci {
        a: u64,
        b: u64,
    }

    impl Iterator for GuideFibonacci {
        type Item = u64;
        #[allow(clippy::assign_op_pattern)] // the guide's `next + self.b`, unchanged
        fn next(&mut self) -> Option<u64> {
            let next = self.a;
            self.a = self.b;
            self.b = next + self.b;
            Some(next)
        }
    }

    #[test]
    fn guide_fibonacci_is_fine_up_to_92_values() {
        let v: Vec<u64> = GuideFibonacci { a: 0, b: 1 }.take(92).collect();
        assert_eq!(v[91], 4_660_046_610_375_530_309); // F(91)
    }

    // Overflow checks are on in the test (debug) profile; in release the addition would wrap instead.
    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "attempt to add with overflow")]
    fn guide_fibonacci_overflows_at_the_93rd_value() {
        let _: Vec<u64> = GuideFibonacci { a: 0, b: 1 }.take(93).collect();
    }

    // Without overflow checks (release) the addition wraps: the 93rd call stores a wrapped F(94), and
    // the 95th value returned is smaller than the 94th, a wrong Fibonacci number.
    #[cfg(not(debug_assertions))]
    #[test]
    fn guide_fibonacci_wraps_at_the_93rd_value_in_release() {
        let v: Vec<u64> = GuideFibonacci { a: 0, b: 1 }.take(95).collect();
        assert_eq!(v[93], 12_200_160_415_121_876_738); // F(93), still right
        assert_eq!(v[94], v[92].wrapping_add(v[93])); // "F(94)", wrapped
        assert!(v[94] < v[93]);
    }

    #[test]
    fn both_collect_versions_agree() {
        let data = [3, -1, 4, -1, 5, 0];
        assert_eq!(collect_twice(&data), [6, 8, 10]);
        assert_eq!(collect_once(&data), [6, 8, 10]);
        assert!(collect_once(&[]).is_empty());
    }

    // Exact counts of 1.98.0's std: `Vec`'s growth policy and allocation sizes are not guaranteed.
    #[test]
    fn collecting_twice_costs_the_intermediate_vec() {
        let small = sample_data(6);
        assert_eq!(small.iter().filter(|x| **x > 0).count(), 3);
        let (twice, once) = allocations_of_both(&small);
        assert_eq!(
            twice,
            AllocStats {
                allocations: 2,
                bytes: 44
            }
        );
        assert_eq!(
            once,
            AllocStats {
                allocations: 1,
                bytes: 16
            }
        );

        let large = sample_data(1000);
        assert_eq!(large.iter().filter(|x| **x > 0).count(), 500);
        let (twice, once) = allocations_of_both(&large);
        assert_eq!(
            twice,
            AllocStats {
                allocations: 9,
                bytes: 10160
            }
        );
        assert_eq!(
            once,
            AllocStats {
                allocations: 8,
                bytes: 4080
            }
        );
    }

    #[test]
    fn adaptors_do_nothing_until_consumed() {
        let calls = Cell::new(0);
        let chain = [1, 2, 3].iter().map(|x| {
            calls.set(calls.get() + 1);
            x * 2
        });
        assert_eq!(calls.get(), 0);
        assert_eq!(chain.take(2).sum::<i32>(), 6);
        assert_eq!(calls.get(), 2);
    }
}
