//! **Q36 · Benchmarking with criterion.** Benchmark optimized code (`cargo bench` builds in release),
//! hide inputs and results from the optimizer with `std::hint::black_box`, and let criterion warm up,
//! sample and report a confidence interval instead of one stopwatch reading.
//!
//! - The Fibonacci gap is work: 21 891 calls against 20 loop turns.
//!   Proof: `cargo test -p performance --lib benchmarking::tests::recursive_call_count`
//! - Without `black_box`, a constant input is folded away and the bench times an empty loop (CLAIMS.md
//!   row 42). Proof: `cargo bench -p performance --bench benchmarking`
//! - `b.iter` measures throughput, since independent calls overlap; chaining each result into the next
//!   input measures latency (CLAIMS.md row 41). Proof: `cargo bench -p performance --bench benchmarking`
//! - A debug build's slowdown depends on the code: a few times for recursion, about 20x for iterator
//!   chains (CLAIMS.md row 23). Proof: `bash performance/scripts/debug-vs-release.sh`
//!
//! # Run it
//! `cargo run --bin benchmarking` prints the exact part (values, call counts); its one timing is marked.
//!
//! # Differences from the guide
//! - `std::hint::black_box`, criterion 0.8: [ERRATA.md, Q36](../../ERRATA.md#q36).
//! - What the figures measure; the overflow at 93: [ERRATA.md, Q36](../../ERRATA.md#q36).
//!
//! # More to explore
//! - The guide's "8000x" compares a latency-bound recursion (each call waits for its children) with a
//!   throughput figure for the loop; CLAIMS.md row 22 has the bench's ratio, row 41 the loop's latency.
//! - Recursive integer code is the best case for a debug build (nothing to inline); iterator chains are
//!   the typical case, because their adaptors and closures are only fast once inlined ([`sum_even_squares`]).
//! - A quiet machine matters because criterion reports noise, it cannot remove it: check the load before a
//!   run, pin the bench to a core (`taskset`), keep the CPU governor fixed, compare runs on one machine.
//! - criterion 0.8's JSON estimates under `target/criterion/` are what the follow-up's CI gate reads.
//!
//! # Follow-up
//! How do you set up criterion for continuous benchmarking in CI, and detect regressions?
//! [`follow_up`], `cargo run --bin bench_regressions`.

use std::hint::black_box;
use std::time::{Duration, Instant};

pub fn main() {
    // `benchmarking --time N` prints only the nanoseconds of one recursive run, for the script;
    // `benchmarking --time-iter` those of 1000 iterator-chain runs over 10 000 numbers.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args == ["--time-iter"] {
        let (_, elapsed) = time_iterator_chain(1000);
        println!("{}", elapsed.as_nanos());
        return;
    }
    if let [flag, n] = args.as_slice()
        && flag == "--time"
    {
        match n.parse::<u64>() {
            Ok(n) if n <= 40 => {
                let (_, elapsed) = time_recursive(n);
                println!("{}", elapsed.as_nanos());
            }
            _ => {
                eprintln!("error: --time takes a number from 0 to 40, got {n:?}");
                std::process::exit(2);
            }
        }
        return;
    }

    println!("fibonacci(20) = {} (recursive)", fibonacci(20));
    println!("fibonacci(20) = {} (iterative)", fibonacci_iterative(20));
    println!(
        "work: recursive makes {} calls, iterative runs its loop 20 times",
        recursive_calls(20)
    );
    println!("bench: cargo bench -p performance --bench benchmarking");
    println!("  the guide: recursive_20 25.578 µs, iterative_20 3.1456 ns (\"8000x faster\")");
    println!("built as: {}", build_kind());
    let (value, elapsed) = time_recursive(30);
    println!(
        "one run of fibonacci(30) = {value} took {elapsed:?} (a single timing, not a benchmark)"
    );
}

/// The guide's recursive Fibonacci: exponential in `n`.
pub fn fibonacci(n: u64) -> u64 {
    match n {
        0 => 0,
        1 => 1,
        n => fibonacci(n - 1) + fibonacci(n - 2),
    }
}

/// The guide's iterative Fibonacci: `n` loop iterations. Valid for `n <= 92`: it computes one value
/// ahead, which overflows `u64` at `n = 93` (a panic in debug builds, see the tests).
pub fn fibonacci_iterative(n: u64) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        let temp = b;
        b += a; // the guide writes `b = a + b`
        a = temp;
    }
    a
}

/// A deliberately slower iterative Fibonacci, used by the follow-up to show that a regression is caught:
/// it keeps every intermediate value in a freshly allocated `Vec`, so each call allocates.
pub fn fibonacci_iterative_slow(n: u64) -> u64 {
    let mut seq: Vec<u64> = vec![0, 1];
    for i in 2..=n as usize {
        let next = seq[i - 1] + seq[i - 2];
        seq.push(next);
    }
    seq[n as usize]
}

/// How many calls `fibonacci(n)` makes in total (itself included): `C(n) = 1 + C(n-1) + C(n-2)`,
/// `C(0) = C(1) = 1`, which equals `2 * fib(n + 1) - 1`.
pub fn recursive_calls(n: u64) -> u64 {
    2 * fibonacci_iterative(n + 1) - 1
}

/// Which profile this binary was compiled with: debug assertions are on in `dev` and off in `release`.
pub fn build_kind() -> &'static str {
    if cfg!(debug_assertions) {
        "debug (unoptimized: cargo run)"
    } else {
        "release (optimized: cargo run --release / cargo bench)"
    }
}

/// The kind of code debug builds are worst at: an iterator chain whose adaptors and closures are only
/// fast once inlined. Sum of the even squares of `v` (wrapping: over 10 million numbers it exceeds `u64`).
pub fn sum_even_squares(v: &[u64]) -> u64 {
    v.iter()
        .map(|x| x * x)
        .filter(|x| x % 2 == 0)
        .fold(0, u64::wrapping_add)
}

/// [`sum_even_squares`] over `0..10_000` (80 KB: in cache, so memory speed does not hide the code's
/// speed), `rounds` times, timed.
pub fn time_iterator_chain(rounds: u64) -> (u64, Duration) {
    let v: Vec<u64> = (0..10_000).collect();
    let start = Instant::now();
    let mut value = 0u64;
    for _ in 0..rounds {
        value = value.wrapping_add(sum_even_squares(black_box(&v)));
    }
    (value, start.elapsed())
}

/// One run of recursive `fibonacci(n)`, timed. Not a benchmark (one sample, no warm-up): it only exists
/// so `scripts/debug-vs-release.sh` can show the debug/release gap.
pub fn time_recursive(n: u64) -> (u64, Duration) {
    let start = Instant::now();
    let value = fibonacci(black_box(n));
    (value, start.elapsed())
}

pub mod follow_up;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_three_fibonaccis_agree() {
        for n in 0..=40 {
            let expected = fibonacci_iterative(n);
            assert_eq!(fibonacci_iterative_slow(n), expected, "n = {n}");
            if n <= 25 {
                assert_eq!(fibonacci(n), expected, "n = {n}");
            }
        }
        assert_eq!(fibonacci_iterative(20), 6765);
        assert_eq!(fibonacci_iterative(92), 7_540_113_804_746_346_429);
    }

    // The loop computes one value ahead (`b` = fib(n + 1)), so it overflows u64 at n = 93 although
    // fib(93) itself would fit: the guide's function is good for n <= 92. Debug builds catch it.
    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "attempt to add with overflow")]
    fn iterative_overflows_one_step_early() {
        fibonacci_iterative(std::hint::black_box(93));
    }

    // Release builds wrap instead: the overflow happens in `b` (fib(94)), which is never returned, so
    // the result for n = 93 is even right there.
    #[cfg(not(debug_assertions))]
    #[test]
    fn iterative_overflows_one_step_early() {
        assert_eq!(
            fibonacci_iterative(std::hint::black_box(93)),
            12_200_160_415_121_876_738
        );
    }

    #[test]
    fn recursive_call_count_matches_a_real_count() {
        fn counted(n: u64, calls: &mut u64) -> u64 {
            *calls += 1;
            match n {
                0 => 0,
                1 => 1,
                n => counted(n - 1, calls) + counted(n - 2, calls),
            }
        }
        for n in 0..=20 {
            let mut calls = 0;
            counted(n, &mut calls);
            assert_eq!(recursive_calls(n), calls, "n = {n}");
        }
        assert_eq!(recursive_calls(20), 21_891);
    }

    #[test]
    fn sum_even_squares_matches_a_loop() {
        let v: Vec<u64> = (0..1000).collect();
        let mut expected = 0;
        for x in &v {
            if (x * x) % 2 == 0 {
                expected += x * x; // no wrap for 0..1000
            }
        }
        assert_eq!(sum_even_squares(&v), expected);
    }
}
