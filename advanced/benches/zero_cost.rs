//! Q28: the iterator chain against the hand-written loop, the guide's "identical speed".
//!
//! `cargo bench -p advanced --bench zero_cost`. Both functions sum the squares of the positive values
//! of the same 10 000 `i64`s (half of them negative, in a fixed pseudo-random order). The figures live
//! in `performance/CLAIMS.md` row 21; timings are never asserted by tests. `compare_assembly` shows why
//! they match: the same 58 instructions.
use std::hint::black_box;
use std::time::Duration;

use advanced::zero_cost::{sum_of_squares_idiomatic, sum_of_squares_manual};
use criterion::{Criterion, criterion_group, criterion_main};

const N: usize = 10_000;

fn data() -> Vec<i64> {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    (0..N)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 2001) as i64 - 1000
        })
        .collect()
}

fn zero_cost(c: &mut Criterion) {
    let data = data();
    assert_eq!(
        sum_of_squares_idiomatic(&data),
        sum_of_squares_manual(&data)
    );

    let mut group = c.benchmark_group("sum_of_squares_10000");
    group.bench_function("iterator_chain", |b| {
        b.iter(|| sum_of_squares_idiomatic(black_box(&data[..])))
    });
    group.bench_function("hand_loop", |b| {
        b.iter(|| sum_of_squares_manual(black_box(&data[..])))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    // Short runs: the two results only need to be compared with each other.
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30);
    targets = zero_cost
}
criterion_main!(benches);
