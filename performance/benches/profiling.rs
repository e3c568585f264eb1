//! Q37: SipHash (std `HashMap`) vs FxHash (`rustc_hash::FxHashMap`), and the guide's pattern 3 before and
//! after the fix. `cargo bench -p performance --bench profiling`.
mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use performance::profiling::{
    count_words_fx, count_words_std, guide_pattern3_reuse, pattern3_reuse_fixed, sample_text,
};
use std::hint::black_box;

fn hashers(c: &mut Criterion) {
    let text = sample_text(100_000, 10_000);
    let mut group = c.benchmark_group("word_count_100k");
    group.bench_function("std_siphash", |b| {
        b.iter(|| count_words_std(black_box(&text)).len())
    });
    group.bench_function("fxhash", |b| {
        b.iter(|| count_words_fx(black_box(&text)).len())
    });
    group.finish();
}

fn pattern3(c: &mut Criterion) {
    let mut group = c.benchmark_group("pattern3_10k");
    group.bench_function("guide_push_str_format", |b| b.iter(guide_pattern3_reuse));
    group.bench_function("fixed_write", |b| b.iter(pattern3_reuse_fixed));
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::short_runs();
    targets = hashers, pattern3
}
criterion_main!(benches);
