//! Q38: sequential vs rayon, including where rayon loses. `cargo bench -p performance --bench rayon_parallelism`.
mod common;

use criterion::{BatchSize, Criterion, SamplingMode, criterion_group, criterion_main};
use performance::rayon_parallelism::{
    count_primes_parallel, count_primes_sequential, pseudo_random, sum_sqrt_parallel,
    sum_sqrt_sequential,
};
use rayon::prelude::*;
use std::hint::black_box;

fn primes(c: &mut Criterion) {
    let numbers: Vec<u64> = (2..1_000_000).collect();
    let mut group = c.benchmark_group("primes_below_1M");
    // One prime count takes tens of milliseconds: flat sampling runs a fixed, small number of them.
    group.sampling_mode(SamplingMode::Flat);
    group.bench_function("sequential", |b| {
        b.iter(|| count_primes_sequential(black_box(&numbers)))
    });
    group.bench_function("parallel", |b| {
        b.iter(|| count_primes_parallel(black_box(&numbers)))
    });
    group.finish();
}

fn map_reduce(c: &mut Criterion) {
    let numbers: Vec<u64> = (2..1_000_000).collect();
    let mut group = c.benchmark_group("sum_sqrt_1M");
    group.sampling_mode(SamplingMode::Flat);
    group.bench_function("sequential", |b| {
        b.iter(|| sum_sqrt_sequential(black_box(&numbers)))
    });
    group.bench_function("parallel", |b| {
        b.iter(|| sum_sqrt_parallel(black_box(&numbers)))
    });
    group.finish();
}

fn sort(c: &mut Criterion) {
    let reversed: Vec<i32> = (0..10_000_000).rev().collect();
    let shuffled = pseudo_random(10_000_000);
    let mut group = c.benchmark_group("sort_10M");
    group.sampling_mode(SamplingMode::Flat);
    for (name, input) in [("reversed", &reversed), ("shuffled", &shuffled)] {
        group.bench_function(format!("{name}/sort_unstable"), |b| {
            b.iter_batched_ref(
                || input.clone(),
                |v| v.sort_unstable(),
                BatchSize::LargeInput,
            )
        });
        group.bench_function(format!("{name}/par_sort_unstable"), |b| {
            b.iter_batched_ref(
                || input.clone(),
                |v| v.par_sort_unstable(),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

fn tiny(c: &mut Criterion) {
    // Far below the guide's ~100 µs rule of thumb: rayon's fork/join costs more than the work.
    let numbers: Vec<u64> = (0..100).collect();
    let mut group = c.benchmark_group("sum_100");
    group.bench_function("iter", |b| {
        b.iter(|| black_box(&numbers).iter().sum::<u64>())
    });
    group.bench_function("par_iter", |b| {
        b.iter(|| black_box(&numbers).par_iter().sum::<u64>())
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::short_runs();
    targets = primes, map_reduce, sort, tiny
}
criterion_main!(benches);
