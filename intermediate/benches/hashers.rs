//! Q16 follow-up: the default SipHash against FxHash (rustc-hash) on `u64` keys, for inserts into an
//! empty map and for lookups of every key. `cargo bench -p intermediate --bench hashers`; the results
//! are in `src/collections/follow_up.rs`'s doc.
mod common;

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use rustc_hash::FxBuildHasher;
use std::collections::hash_map::RandomState;

const KEYS: u64 = 10_000;

fn keys() -> Vec<u64> {
    // Spread-out ids, not 0..n, so neither hasher gets an easy pattern.
    (0..KEYS)
        .map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15))
        .collect()
}

fn filled<S: BuildHasher + Default>(keys: &[u64]) -> HashMap<u64, u64, S> {
    let mut map = HashMap::with_hasher(S::default());
    for &k in keys {
        map.insert(k, k);
    }
    map
}

fn bench_hasher<S: BuildHasher + Default>(c: &mut Criterion, name: &str) {
    let keys = keys();
    c.bench_function(&format!("{name}: insert 10k u64"), |b| {
        b.iter(|| filled::<S>(black_box(&keys)))
    });
    let map = filled::<S>(&keys);
    c.bench_function(&format!("{name}: look up 10k u64"), |b| {
        b.iter(|| {
            black_box(&keys)
                .iter()
                .map(|k| black_box(&map)[k])
                .fold(0_u64, u64::wrapping_add)
        })
    });
}

fn hashers(c: &mut Criterion) {
    bench_hasher::<RandomState>(c, "SipHash (std default)");
    bench_hasher::<FxBuildHasher>(c, "FxHash");
}

criterion_group! {
    name = benches;
    config = common::short_runs();
    targets = hashers
}
criterion_main!(benches);
