//! Q36: the guide's criterion bench, on criterion 0.8 with `std::hint::black_box`.
//!
//! `cargo bench -p performance --bench benchmarking` measures; `cargo test -p performance --bench
//! benchmarking` runs each function once as a smoke test. `BENCH_VARIANT=slow` swaps the deliberately slower iterative
//! implementation in under the *same* bench id, which is how `scripts/bench-regression.sh` fakes a
//! regression that the comparison must catch. `iterative_20_latency` and `iterative_20_no_black_box` show
//! what `iterative_20` measures (throughput) and what forgetting `black_box` does.
mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use performance::benchmarking::{fibonacci, fibonacci_iterative, fibonacci_iterative_slow};
use std::hint::black_box;

fn bench_fibonacci(c: &mut Criterion) {
    let slow = std::env::var("BENCH_VARIANT").is_ok_and(|v| v == "slow");
    let mut group = c.benchmark_group("fibonacci");
    group.bench_function("recursive_20", |b| b.iter(|| fibonacci(black_box(20))));
    // Two closures rather than a `fn` pointer: an indirect call would itself cost a few nanoseconds.
    if slow {
        group.bench_function("iterative_20", |b| {
            b.iter(|| fibonacci_iterative_slow(black_box(20)))
        });
    } else {
        group.bench_function("iterative_20", |b| {
            b.iter(|| fibonacci_iterative(black_box(20)))
        });
    }
    // Latency rather than throughput: each call's input depends on the previous call's result (`r & zero`
    // is always 0, but the compiler cannot know it), so the CPU cannot overlap consecutive calls.
    group.bench_function("iterative_20_latency", |b| {
        let mut n = 20u64;
        b.iter(|| {
            let r = fibonacci_iterative(black_box(n));
            n = 20 + (r & black_box(0));
            r
        })
    });
    // The mistake the guide warns about: with a constant input and no `black_box`, the compiler computes
    // fibonacci_iterative(20) at compile time, and this times criterion's loop around a constant.
    group.bench_function("iterative_20_no_black_box", |b| {
        b.iter(|| fibonacci_iterative(20))
    });
    group.bench_function("iterative_slow_20", |b| {
        b.iter(|| fibonacci_iterative_slow(black_box(20)))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::short_runs();
    targets = bench_fibonacci
}
criterion_main!(benches);
