//! Q16: the guide says moving user-segment lookups from a sorted `Vec` (binary search) to a `HashSet`
//! cut a bid decision "from 12ms to 0.3ms" for users with 500+ segments. This measures the lookups
//! themselves: 500 segment ids, 64 probes (half of them present), answered by binary search on the
//! sorted `Vec`, by a `HashSet` with the default SipHash, and by an `FxHashSet`.
//! `cargo bench -p intermediate --bench collections`; the results are in `src/collections.rs`'s doc.
mod common;

use std::collections::HashSet;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use rustc_hash::FxHashSet;

const SEGMENTS: u32 = 500;
const PROBES: u32 = 64;

fn lookups(c: &mut Criterion) {
    // Segment ids spread out like real ids; probes alternate between present and absent ids.
    let segments: Vec<u32> = (0..SEGMENTS).map(|i| i * 7 + 3).collect();
    let probes: Vec<u32> = (0..PROBES)
        .map(|i| {
            if i % 2 == 0 {
                (i * 13 % SEGMENTS) * 7 + 3
            } else {
                i * 7 + 5
            }
        })
        .collect();
    let sorted = segments.clone(); // already sorted
    let sip: HashSet<u32> = segments.iter().copied().collect();
    let fx: FxHashSet<u32> = segments.iter().copied().collect();

    let hits = |f: &dyn Fn(u32) -> bool| probes.iter().filter(|&&p| f(p)).count();
    assert_eq!(hits(&|p| sorted.binary_search(&p).is_ok()), 32);
    assert_eq!(hits(&|p| sip.contains(&p)), 32);
    assert_eq!(hits(&|p| fx.contains(&p)), 32);

    let mut group = c.benchmark_group("500 segments, 64 probes");
    group.bench_function("sorted Vec + binary_search", |b| {
        b.iter(|| {
            black_box(&probes)
                .iter()
                .filter(|p| black_box(&sorted).binary_search(p).is_ok())
                .count()
        })
    });
    group.bench_function("HashSet (SipHash)", |b| {
        b.iter(|| {
            black_box(&probes)
                .iter()
                .filter(|p| black_box(&sip).contains(*p))
                .count()
        })
    });
    group.bench_function("FxHashSet", |b| {
        b.iter(|| {
            black_box(&probes)
                .iter()
                .filter(|p| black_box(&fx).contains(*p))
                .count()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::short_runs();
    targets = lookups
}
criterion_main!(benches);
