//! Q7: the guide's "switching parameters from String to &str cut processing time" claim, as a timing.
//!
//! `cargo bench -p basics --bench string_params`. Both benchmarks count the error lines among 10 000 log
//! lines that the caller keeps:
//! - `string_param`: the stage takes `String`, so every line is cloned (one allocation + copy per line);
//! - `str_param`: the stage takes `&str`, nothing is copied.
//!
//! The allocation counts (one per line vs none) are deterministic and asserted, for 1 000 lines, in
//! `basics/src/string_vs_str.rs`; the times are not, so they are only measured here. The measured ratio is
//! in `performance/CLAIMS.md` (row 5), rewritten by `python3 performance/scripts/claims.py --run`.
use std::hint::black_box;

use basics::string_vs_str::{count_errors, count_errors_owned, sample_log};
use criterion::{Criterion, criterion_group, criterion_main};

fn string_params(c: &mut Criterion) {
    let lines = sample_log(10_000);
    let mut group = c.benchmark_group("count_errors_10000_lines");
    group.bench_function("string_param", |b| {
        b.iter(|| count_errors_owned(black_box(&lines)))
    });
    group.bench_function("str_param", |b| b.iter(|| count_errors(black_box(&lines))));
    group.finish();
}

criterion_group!(benches, string_params);
criterion_main!(benches);
