//! **Q38 · Data parallelism with rayon.** Changing `.iter()` to `.par_iter()` spreads the work over
//! rayon's pool (a thread per core, balanced by work stealing), and `Send`/`Sync` make data races
//! compile errors.
//!
//! - Same result: 78 498 primes below one million both ways. Proof: `cargo test -p performance --lib rayon_parallelism::tests::both_counts`
//! - A closure bumping a captured counter is E0594 (it must be `Fn`); `Rc` items are E0599 (not `Sync`).
//!   Proof: `cargo test -p performance --test compile_fail`
//! - `rayon::join(a, b)` is the fork-join primitive under every parallel iterator.
//!   Proof: `cargo test -p performance --lib rayon_parallelism::tests::join`
//! - The speedup is capped by the cores, and tiny inputs get slower (CLAIMS.md rows 28-30).
//!   Proof: `cargo bench -p performance --bench rayon_parallelism`
//!
//! # Run it
//! `cargo run --release --bin rayon_parallelism`: the counts match and the sort sorts; its two times are
//! single runs, not checked.
//!
//! # Differences from the guide
//! - One `Instant` run is not a measurement: [ERRATA.md, Q38](../../ERRATA.md#q38).
//! - The reversed sort input is nearly free to sort: [ERRATA.md, Q38](../../ERRATA.md#q38).
//!
//! # More to explore
//! - The prime count is the ideal case (independent, CPU-bound items); sorts gain less because they move
//!   memory more than they compute. A parallel speedup also needs idle cores: on a loaded machine it
//!   vanishes.
//! - The guide's sort input `(0..10_000_000).rev()` is one descending run: std's `sort_unstable`
//!   (ipnsort since Rust 1.81) detects it and reverses it in O(n), and rayon's pdqsort-derived
//!   `par_sort_unstable` reverses it through its pivot heuristic. The bench also sorts shuffled data
//!   (CLAIMS.md row 29).
//! - A parallel float sum adds in a different order, so it may differ from the sequential one in the last
//!   bits; the test compares them to a tolerance.
//! - `RAYON_NUM_THREADS` sets the pool size; [`rayon_threads`] reports it.
//!
//! # Follow-up
//! How does rayon's work-stealing scheduler compare to a simple `thread::spawn` approach?
//! [`follow_up`], `cargo run --bin work_stealing`.

use rayon::prelude::*;
use std::time::Instant;

pub fn main() {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "available_parallelism: {cores}, rayon threads: {}",
        rayon_threads()
    );

    let numbers: Vec<u64> = (2..1_000_000).collect();

    let start = Instant::now();
    let seq_count = count_primes_sequential(&numbers);
    let seq_time = start.elapsed();

    // Parallel — just change .iter() to .par_iter(). Counting into a captured variable instead does not
    // compile (tests/ui/rayon_parallelism/shared_counter_in_par_iter.rs):
    // numbers.par_iter().for_each(|&n| if is_prime(n) { count += 1 }); // ❌ E0594
    let start = Instant::now();
    let par_count = count_primes_parallel(&numbers);
    let par_time = start.elapsed();

    println!("Sequential: {} primes in {:?}", seq_count, seq_time);
    println!("Parallel: {} primes in {:?}", par_count, par_time);

    // The guide's input: sorted backwards. See the module doc for why it says little about sorting.
    let mut data: Vec<i32> = (0..10_000_000).rev().collect();
    data.par_sort_unstable();
    println!(
        "par_sort_unstable of 10000000 reversed i32: sorted = {}",
        data.is_sorted()
    );

    let total = sum_sqrt_parallel(&numbers);
    println!("Sum of square roots: {:.2}", total);
    println!("bench: cargo bench -p performance --bench rayon_parallelism");
}

/// The guide's trial-division primality test, kept as written (`n % i == 0` rather than
/// `is_multiple_of`, which compiles to the same code).
#[allow(clippy::manual_is_multiple_of)]
pub fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    if n < 4 {
        return true;
    }
    if n % 2 == 0 || n % 3 == 0 {
        return false;
    }
    let mut i = 5;
    while i * i <= n {
        if n % i == 0 || n % (i + 2) == 0 {
            return false;
        }
        i += 6;
    }
    true
}

/// Primes in `numbers`, one thread.
pub fn count_primes_sequential(numbers: &[u64]) -> usize {
    numbers.iter().filter(|&&n| is_prime(n)).count()
}

/// Primes in `numbers`, on rayon's pool: the only change is `iter` → `par_iter`.
pub fn count_primes_parallel(numbers: &[u64]) -> usize {
    numbers.par_iter().filter(|&&n| is_prime(n)).count()
}

/// Sum of square roots, the guide's map-reduce, in parallel.
pub fn sum_sqrt_parallel(numbers: &[u64]) -> f64 {
    numbers.par_iter().map(|&n| (n as f64).sqrt()).sum()
}

/// The same sum on one thread.
pub fn sum_sqrt_sequential(numbers: &[u64]) -> f64 {
    numbers.iter().map(|&n| (n as f64).sqrt()).sum()
}

/// `len` pseudo-random `i32`s (xorshift64, fixed seed): shuffled input for the sort benches, the same on
/// every run.
pub fn pseudo_random(len: usize) -> Vec<i32> {
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 32) as i32
        })
        .collect()
}

/// Threads rayon's global pool uses: `RAYON_NUM_THREADS` if set, otherwise the number of CPUs.
pub fn rayon_threads() -> usize {
    rayon::current_num_threads()
}

/// Sum of `v` by divide and conquer with `rayon::join`: split in two, sum both halves (in parallel when
/// a worker is free to steal the second one), add. Below `cutoff` items it sums sequentially, because a
/// fork costs more than adding a few thousand numbers.
pub fn join_sum(v: &[u64], cutoff: usize) -> u64 {
    if v.len() <= cutoff.max(1) {
        return v.iter().sum();
    }
    let (left, right) = v.split_at(v.len() / 2);
    let (a, b) = rayon::join(|| join_sum(left, cutoff), || join_sum(right, cutoff));
    a + b
}

pub mod follow_up;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_counts_find_78498_primes_below_one_million() {
        let numbers: Vec<u64> = (2..1_000_000).collect();
        assert_eq!(count_primes_sequential(&numbers), 78_498);
        assert_eq!(count_primes_parallel(&numbers), 78_498);
    }

    #[test]
    fn join_sums_like_a_loop() {
        let v: Vec<u64> = (0..100_000).collect();
        let expected: u64 = v.iter().sum();
        for cutoff in [0, 1, 7, 1000, 200_000] {
            assert_eq!(join_sum(&v, cutoff), expected, "cutoff {cutoff}");
        }
        assert_eq!(join_sum(&[], 4), 0);
    }

    #[test]
    fn is_prime_agrees_with_a_sieve() {
        let limit = 10_000;
        let mut sieve = vec![true; limit];
        sieve[0] = false;
        sieve[1] = false;
        for i in 2..limit {
            if sieve[i] {
                for j in (i * i..limit).step_by(i) {
                    sieve[j] = false;
                }
            }
        }
        for (n, &p) in sieve.iter().enumerate() {
            assert_eq!(is_prime(n as u64), p, "n = {n}");
        }
    }

    #[test]
    fn parallel_sort_and_sum_agree_with_sequential() {
        let mut a = pseudo_random(100_000);
        let mut b = a.clone();
        a.par_sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b);

        let numbers: Vec<u64> = (2..1_000_000).collect();
        let (p, s) = (sum_sqrt_parallel(&numbers), sum_sqrt_sequential(&numbers));
        // A float sum in a different order may differ in the last bits, not in the printed digits.
        assert!((p - s).abs() < 1e-3, "{p} vs {s}");
        assert_eq!(format!("{s:.2}"), "666666165.46");
        // The stored output prints the parallel sum: it rounds to the same two decimals.
        assert_eq!(format!("{p:.2}"), "666666165.46");
    }
}
