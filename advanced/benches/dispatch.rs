//! Q22: static vs dynamic dispatch, the guide's "~1-2 ns per vtable call".
//!
//! `cargo bench -p advanced --bench dispatch`. Each benchmark sums the areas of 1000 circles:
//! - `static`: `&[Circle]` through a generic function, so `area()` is a direct call the compiler inlines
//!   (the optimiser may then unroll the loop; not checked here);
//! - `dynamic_refs`: `&[&dyn Shape]` pointing into the same contiguous `Vec<Circle>`, one indirect call
//!   through the vtable per element, no allocation per element;
//! - `dynamic`: `&[Box<dyn Shape>]` (the same circles, boxed), one indirect call through the vtable per
//!   element, plus a pointer chase to each separately allocated box;
//! - `dynamic_one_call`: a single `area()` through `&dyn Shape` whose concrete type the optimiser cannot
//!   see (`black_box`), the closest thing to "the cost of one vtable call".
//!
//! Divide the per-iteration time of the 1000-area benchmarks by 1000 for a per-element cost. The figures
//! live in `performance/CLAIMS.md` (rows 15 and 46), rewritten by `python3 performance/scripts/claims.py`.
use std::hint::black_box;

use advanced::trait_objects::{Circle, Shape, total_area, total_area_refs, total_area_static};
use criterion::{Criterion, criterion_group, criterion_main};

const N: usize = 1000;

fn dispatch(c: &mut Criterion) {
    let circles: Vec<Circle> = (0..N).map(|i| Circle { radius: i as f64 }).collect();
    let boxed: Vec<Box<dyn Shape>> = (0..N)
        .map(|i| Box::new(Circle { radius: i as f64 }) as Box<dyn Shape>)
        .collect();

    let mut group = c.benchmark_group("dispatch_1000_areas");
    group.bench_function("static", |b| {
        b.iter(|| total_area_static(black_box(&circles[..])))
    });
    let refs: Vec<&dyn Shape> = circles.iter().map(|c| c as &dyn Shape).collect();
    group.bench_function("dynamic_refs", |b| {
        b.iter(|| total_area_refs(black_box(&refs[..])))
    });
    group.bench_function("dynamic", |b| b.iter(|| total_area(black_box(&boxed[..]))));
    group.finish();

    let one: &dyn Shape = &circles[1];
    c.bench_function("dynamic_one_call", |b| b.iter(|| black_box(one).area()));
    let concrete: &Circle = &circles[1];
    c.bench_function("static_one_call", |b| b.iter(|| black_box(concrete).area()));
}

criterion_group!(benches, dispatch);
criterion_main!(benches);
