//! Q22: static vs dynamic dispatch, the guide's "~1-2 ns per vtable call".
//!
//! `cargo bench -p advanced --bench dispatch`. Each benchmark sums the areas of 1000 circles:
//! - `static`: `&[Circle]` through a generic function, so `area()` is a direct call the compiler inlines
//!   (and unrolls the loop; the `f64` sum stays in order, so it is not vectorised);
//! - `dynamic`: `&[Box<dyn Shape>]` (the same circles, boxed), one indirect call through the vtable per
//!   element, plus a pointer chase to each box;
//! - `dynamic_one_call`: a single `area()` through `&dyn Shape` whose concrete type the optimiser cannot
//!   see (`black_box`), the closest thing to "the cost of one vtable call".
//!
//! Divide the per-iteration time of the first two by 1000 for a per-element cost. The figures measured
//! when this was written are in the module doc of `advanced/src/trait_objects.rs`.
use std::hint::black_box;

use advanced::trait_objects::{Circle, Shape, total_area, total_area_static};
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
    group.bench_function("dynamic", |b| b.iter(|| total_area(black_box(&boxed[..]))));
    group.finish();

    let one: &dyn Shape = &circles[1];
    c.bench_function("dynamic_one_call", |b| b.iter(|| black_box(one).area()));
    let concrete: &Circle = &circles[1];
    c.bench_function("static_one_call", |b| b.iter(|| black_box(concrete).area()));
}

criterion_group!(benches, dispatch);
criterion_main!(benches);
