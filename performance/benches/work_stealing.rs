//! Q38 follow-up: a skewed workload on static `thread::scope` chunks vs rayon's work stealing.
//! `cargo bench -p performance --bench work_stealing`.
mod common;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use performance::rayon_parallelism::follow_up::{ITEMS, run_rayon, run_sequential, run_static};
use std::hint::black_box;

fn skewed(c: &mut Criterion) {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get() as u64);
    let mut group = c.benchmark_group("skewed_workload");
    group.sampling_mode(SamplingMode::Flat);
    group.bench_function("sequential", |b| {
        b.iter(|| run_sequential(black_box(ITEMS)))
    });
    group.bench_function(format!("static_chunks_{threads}_threads"), |b| {
        b.iter(|| run_static(black_box(ITEMS), threads))
    });
    group.bench_function("rayon_par_iter", |b| b.iter(|| run_rayon(black_box(ITEMS))));
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::short_runs();
    targets = skewed
}
criterion_main!(benches);
