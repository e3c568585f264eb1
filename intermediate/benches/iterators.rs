//! Q15: the guide says iterator chains compile to the same code as hand-written loops ("zero-cost") and
//! that collecting between steps wastes work. This times, on 10 000 values (half of them positive):
//! an index loop with `push`, the single chain (`collect_once`), and the two-step version with an
//! intermediate `Vec` (`collect_twice`); and a filtered `sum` as a chain vs as an index loop.
//! `cargo bench -p intermediate --bench iterators`; the results are in `src/iterators.rs`'s doc.
mod common;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use intermediate::iterators::{collect_once, collect_twice, sample_data};

#[allow(clippy::needless_range_loop)] // the hand-written index loop is what is being compared
fn index_loop(data: &[i32]) -> Vec<i32> {
    let mut out = Vec::new();
    for i in 0..data.len() {
        if data[i] > 0 {
            out.push(data[i] * 2);
        }
    }
    out
}

#[allow(clippy::needless_range_loop)]
fn index_loop_sum(data: &[i32]) -> i64 {
    let mut total = 0;
    for i in 0..data.len() {
        if data[i] > 0 {
            total += i64::from(data[i]) * 2;
        }
    }
    total
}

fn chain_sum(data: &[i32]) -> i64 {
    data.iter()
        .filter(|&&x| x > 0)
        .map(|&x| i64::from(x) * 2)
        .sum()
}

fn pipelines(c: &mut Criterion) {
    let data = sample_data(10_000);
    assert_eq!(index_loop(&data), collect_once(&data));
    assert_eq!(collect_twice(&data), collect_once(&data));
    assert_eq!(index_loop_sum(&data), chain_sum(&data));

    let mut group = c.benchmark_group("filter + map + collect, 10000 values");
    group.bench_function("index loop + push", |b| {
        b.iter(|| index_loop(black_box(&data)))
    });
    group.bench_function("one chain, collect once", |b| {
        b.iter(|| collect_once(black_box(&data)))
    });
    group.bench_function("collect twice", |b| {
        b.iter(|| collect_twice(black_box(&data)))
    });
    group.finish();

    let mut group = c.benchmark_group("filter + map + sum, 10000 values");
    group.bench_function("index loop", |b| {
        b.iter(|| index_loop_sum(black_box(&data)))
    });
    group.bench_function("iterator chain", |b| b.iter(|| chain_sum(black_box(&data))));
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::short_runs();
    targets = pipelines
}
criterion_main!(benches);
