//! Q36 — Benchmarking with criterion: measure in release, keep the optimizer from deleting the work with
//! `std::hint::black_box`, and let criterion do the statistics.
//!
//! Run `cargo run --bin benchmarking` for what can be stated exactly: both Fibonacci functions agree, and
//! the recursive one makes 21 891 calls for `fibonacci(20)` where the iterative one runs its loop 20 times.
//! That count, not a stopwatch, is why the gap is thousands-fold. The one timing the binary prints (a single
//! run of `fibonacci(30)`) is marked as such and is not checked; the real measurement is the bench:
//!
//! ```text
//! cargo bench -p performance --bench benchmarking
//! ```
//!
//! Where this differs from the guide:
//! - The guide imports `criterion::black_box`; in criterion 0.8 it is deprecated in favour of
//!   `std::hint::black_box`, which `benches/benchmarking.rs` uses.
//! - The guide pins criterion 0.5 with `html_reports`; the workspace uses 0.8 without default features
//!   (no plotting crates to build): the numbers and the JSON estimates under `target/criterion/` are the same.
//! - The guide says debug builds are "10-100x slower". Measured here with
//!   `bash performance/scripts/debug-vs-release.sh` (best of 5 single runs per build; the run recorded
//!   in `performance/CLAIMS.md`, row 23):
//!
//!   | code | debug | release | debug slower by |
//!   | --- | --- | --- | --- |
//!   | recursive `fibonacci(30)` | 7.65 ms | 2.17 ms | 3.5x |
//!   | iterator chain ([`sum_even_squares`], 1000 × 10 000 numbers) | 92.94 ms | 4.53 ms | 20.5x |
//!
//!   Recursive integer code is the best case for debug builds (no adaptors or closures to inline); an
//!   iterator chain is the typical case, and lands inside the guide's range. "10-100x" is a range, not a
//!   rule: it depends on how much of the code's speed comes from inlining.
//!
//! Figures measured on this machine (2 cores, quiet: load average about 2),
//! `cargo bench -p performance --bench benchmarking` (criterion's mean; `performance/CLAIMS.md` row 22
//! holds the current figures):
//!
//! | bench | the guide | measured here |
//! | --- | --- | --- |
//! | `fibonacci/recursive_20` | 25.578 µs | 14.4 µs |
//! | `fibonacci/iterative_20` | 3.1456 ns ("8000x faster") | 2.20 ns (6510x faster) |
//! | `fibonacci/iterative_slow_20` (the deliberately slower variant of the follow-up) | — | 105 ns |
//!
//! Follow-up (regressions in CI): [`follow_up`], `cargo run --bin bench_regressions`.

use std::hint::black_box;
use std::time::{Duration, Instant};

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
