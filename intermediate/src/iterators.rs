//! Q15 — Iterators: anything with `next(&mut self) -> Option<Item>`. Adaptors (`filter`, `map`,
//! `enumerate`, `filter_map`) only describe work; a consumer (`sum`, `collect`, `count`, a `for` loop)
//! pulls the items through the whole chain one at a time.
//!
//! Run `cargo run --bin iterators`. The guide's three outputs come first (`₹5292.00`, the three large
//! transactions, the first ten Fibonacci numbers). Then: that adaptors are lazy (nothing runs until the
//! consumer asks), where the custom `Fibonacci` iterator ends, and what "collect once" saves, counted
//! with the workspace's counting allocator.
//!
//! Where this differs from the guide, and why:
//! - The guide's `Fibonacci::next` computes `next + self.b` with no check. F(94) does not fit in `u64`,
//!   and `next` computes two values ahead, so the 93rd call panics in a debug build ("attempt to add
//!   with overflow") and silently wraps to wrong numbers in release (test
//!   `guide_fibonacci_overflows_at_the_93rd_value`). Here the addition is `checked_add`: when the next
//!   value would not fit, the sequence *ends*. It yields exactly 94 values, F(0) = 0 to
//!   F(93) = 12200160415121876738, then `None` forever (test `fibonacci_yields_f0_to_f93_then_stops`).
//! - The guide's "wrong" snippet (collect, then `.iter().map(...)` on the result) is said to cost two
//!   allocations; as written it does not compile at all: `filter(|x| x > &0)` compares `&&i32` with
//!   `&i32` (E0308), and `filtered` holds `&i32`s, so `filtered.iter()` yields `&&i32` and `x * 2` is
//!   E0369 (`tests/ui/iterators/collect_twice_as_in_the_guide.rs`). [`collect_twice`] is the compiling
//!   version of the same idea, measured against the single chain [`collect_once`] on
//!   [`sample_data`] (half of the values positive). The guide's "2 vs 1" holds only while no `Vec` has
//!   to grow: with 6 values (3 kept) it is 2 allocations / 44 bytes vs 1 / 16 bytes; with 1000 values
//!   (500 kept) it is 9 / 10160 vs 8 / 4080, because a `filter` cannot tell `collect` the final length:
//!   the first `collect` of each version grows its `Vec` 4 → 8 → … → 512 by reallocation (8
//!   allocations; the `Vec<i32>` of the single chain, the intermediate `Vec<&i32>` of 8-byte items in the
//!   two-step version), and the two-step version's second `collect` then allocates once more, sized
//!   exactly from the first (500 × 4 bytes). The intermediate `Vec` is the cost: one more allocation and
//!   more than twice the bytes. Figures asserted by
//!   `collecting_twice_costs_the_intermediate_vec` (`cargo test -p intermediate iterators`) and printed
//!   by the binary.
//!
//! Timings (`cargo bench -p intermediate --bench iterators`, 10 000 values, a quiet 2-core x86-64
//! machine; `performance/CLAIMS.md` rows 8 and 9 hold the current ratios): filter + map + collect takes
//! about the same time as an index loop with `push` (4.2 µs vs 4.1 µs), collecting twice 1.5× as long
//! (6.1 µs); a filtered sum as an index loop 2.4 µs, as a chain 2.9 µs, the loop about 20% ahead.
//! "Zero-cost" means the iterator machinery adds no overhead of its own once optimised; it does not
//! promise identical machine code to every hand-written loop, so measure when it matters.
//!
//! Follow-up (`iter`, `iter_mut`, `into_iter`): [`follow_up`], `cargo run --bin iter_kinds`.

use basics::alloc_counter::{AllocStats, count_allocations};
use std::cell::Cell;

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

/// Follow-up: what is the difference between `iter()`, `iter_mut()` and `into_iter()`?
///
/// - `iter()` borrows the collection and yields `&T`; the collection is unchanged and usable after.
///   `for x in &v` calls it.
/// - `iter_mut()` borrows it mutably and yields `&mut T`, to change elements in place.
///   `for x in &mut v` calls it.
/// - `into_iter()` takes the collection *by value* and yields `T`: the elements are moved out and the
///   collection is gone — using it afterwards is E0382 (`tests/ui/iterators/use_after_into_iter.rs`).
///   `for x in v` calls it. On a reference, `(&v).into_iter()` is `iter()`, which is why `for x in &v`
///   works.
///
/// The binary (`cargo run --bin iter_kinds`) prints the item type of each, and counts allocations to
/// show why ownership matters: copying out owned `String`s with `iter().cloned().collect()` costs one
/// allocation per string plus one for the new `Vec` (4 for 3 strings), while `into_iter().collect()`
/// moves them and even reuses the original buffer: 0 allocations (asserted in
/// `into_iter_moves_strings_without_allocating`).
pub mod follow_up {
    use basics::alloc_counter::count_allocations;
    use std::any::type_name;

    /// The type of the items an iterator yields.
    pub fn item_type<I: Iterator>(_: &I) -> &'static str {
        type_name::<I::Item>()
    }

    pub fn main() {
        let mut names = vec![
            String::from("ferris"),
            String::from("corro"),
            String::from("bors"),
        ];

        // `(&names).into_iter()` is spelled out on purpose: it is what `for name in &names` calls.
        #[allow(clippy::into_iter_on_ref)]
        let kinds = [
            ("names.iter()", item_type(&names.iter())),
            ("names.iter_mut()", item_type(&names.iter_mut())),
            ("(&names).into_iter()", item_type(&(&names).into_iter())),
            // A clone, so that `names` survives for the rest of the example.
            ("names.into_iter()", item_type(&names.clone().into_iter())),
        ];
        for (call, item) in kinds {
            println!("{call:<21} yields {item}");
        }

        // iter(): read, the Vec stays usable.
        let total_len: usize = names.iter().map(|n| n.len()).sum();
        println!("iter: total length {total_len}, names still usable: {names:?}");

        // iter_mut(): change in place.
        for name in names.iter_mut() {
            name.make_ascii_uppercase();
        }
        println!("iter_mut: {names:?}");

        // Copying owned items out vs moving them out.
        // `iter().cloned()` rather than `to_vec()`: the point is iterating by reference and copying out.
        #[allow(clippy::iter_cloned_collect)]
        let (copies, cloned) = count_allocations(|| names.iter().cloned().collect::<Vec<String>>());
        println!(
            "iter().cloned().collect(): {} allocations ({} strings + 1 Vec)",
            cloned.allocations,
            copies.len()
        );
        let (moved, moved_stats) = count_allocations(|| names.into_iter().collect::<Vec<String>>());
        println!(
            "into_iter().collect():     {} allocations (strings moved, buffer reused)",
            moved_stats.allocations
        );
        // println!("{names:?}"); // ❌ E0382 — tests/ui/iterators/use_after_into_iter.rs
        println!("into_iter: {moved:?}; `names` is gone");
        drop(copies);

        // The three `for` forms.
        let mut scores = vec![1, 2, 3];
        for s in &scores {
            print!("{s} ");
        }
        for s in &mut scores {
            *s *= 10;
        }
        for s in scores {
            print!("{s} ");
        }
        println!("<- for x in &v, then for x in &mut v (x10), then for x in v");
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        #[allow(clippy::into_iter_on_ref)] // `(&v).into_iter()` is what is being shown
        fn item_types() {
            let mut v = vec![String::new()];
            assert_eq!(item_type(&v.iter()), "&alloc::string::String");
            assert_eq!(item_type(&v.iter_mut()), "&mut alloc::string::String");
            assert_eq!(item_type(&(&v).into_iter()), "&alloc::string::String");
            assert_eq!(item_type(&v.into_iter()), "alloc::string::String");
        }

        #[test]
        #[allow(clippy::iter_cloned_collect)] // iterating by reference and copying out is the point
        fn cloning_out_allocates_per_string() {
            let names = vec![String::from("a"), String::from("bb"), String::from("ccc")];
            let (copies, stats) = count_allocations(|| names.iter().cloned().collect::<Vec<_>>());
            assert_eq!(copies, names);
            assert_eq!(stats.allocations, 4);
        }

        #[test]
        fn into_iter_moves_strings_without_allocating() {
            let names = vec![String::from("a"), String::from("bb"), String::from("ccc")];
            let buffer = names.as_ptr();
            let (moved, stats) = count_allocations(|| names.into_iter().collect::<Vec<_>>());
            assert_eq!(moved, ["a", "bb", "ccc"]);
            assert_eq!(stats.allocations, 0);
            assert_eq!(moved.as_ptr(), buffer, "the original buffer was reused");
        }

        #[test]
        fn iter_mut_changes_in_place() {
            let mut v = vec![1, 2];
            v.iter_mut().for_each(|x| *x += 1);
            assert_eq!(v, [2, 3]);
        }
    }
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
    /// Flaw: panics — proven by `cargo test -p intermediate --lib guide_fibonacci_overflows_at_the_93rd_value`
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

    #[test]
    fn both_collect_versions_agree() {
        let data = [3, -1, 4, -1, 5, 0];
        assert_eq!(collect_twice(&data), [6, 8, 10]);
        assert_eq!(collect_once(&data), [6, 8, 10]);
        assert!(collect_once(&[]).is_empty());
    }

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
