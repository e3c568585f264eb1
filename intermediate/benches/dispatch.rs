//! Q11 follow-up: what static (`impl Trait`) and dynamic (`dyn Trait`) dispatch cost per call.
//! Two cases: the guide's `summary()`, which formats a `String` (the call is a small part of the work),
//! and a one-line method called 1000 times, where static dispatch lets the compiler inline the call
//! and `dyn` makes an indirect call through the vtable for every element — once over `&dyn`s pointing
//! into the same `Vec` (the call alone), once over a `Vec<Box<dyn Price>>` (call + one heap object per
//! item, the usual shape of a heterogeneous collection).
//! `cargo bench -p intermediate --bench dispatch`; the results are in `src/traits.rs`'s doc.
mod common;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use intermediate::traits::follow_up::{describe_dyn, describe_static};
use intermediate::traits::{Describable, Product};

/// A method small enough that the cost of the call itself shows.
trait Price {
    fn price(&self) -> f64;
}

struct Item(f64);

impl Price for Item {
    fn price(&self) -> f64 {
        self.0
    }
}

fn total_static<T: Price>(items: &[T]) -> f64 {
    items.iter().map(Price::price).sum()
}

fn total_dyn(items: &[Box<dyn Price>]) -> f64 {
    items.iter().map(|item| item.price()).sum()
}

fn total_dyn_refs(items: &[&dyn Price]) -> f64 {
    items.iter().map(|item| item.price()).sum()
}

fn dispatch(c: &mut Criterion) {
    let laptop = Product {
        name: "Laptop".into(),
        price: 75000.0,
    };
    let as_dyn: &dyn Describable = &laptop;
    let mut group = c.benchmark_group("summary() of a Product");
    group.bench_function("impl Trait (static)", |b| {
        b.iter(|| describe_static(black_box(&laptop)))
    });
    group.bench_function("dyn Trait (vtable)", |b| {
        b.iter(|| describe_dyn(black_box(as_dyn)))
    });
    group.finish();

    let concrete: Vec<Item> = (0..1000).map(|i| Item(f64::from(i))).collect();
    let boxed: Vec<Box<dyn Price>> = (0..1000)
        .map(|i| Box::new(Item(f64::from(i))) as Box<dyn Price>)
        .collect();
    // The same contiguous items behind `&dyn`: isolates the vtable call from the scattered boxes.
    let refs: Vec<&dyn Price> = concrete.iter().map(|i| i as &dyn Price).collect();
    assert_eq!(total_static(&concrete), total_dyn(&boxed));
    assert_eq!(total_static(&concrete), total_dyn_refs(&refs));
    let mut group = c.benchmark_group("price() of 1000 items");
    group.bench_function("generic over &[Item] (static)", |b| {
        b.iter(|| total_static(black_box(&concrete)))
    });
    group.bench_function("&[&dyn Price] into the same Vec (vtable)", |b| {
        b.iter(|| total_dyn_refs(black_box(&refs)))
    });
    group.bench_function("&[Box<dyn Price>] (vtable, one box per item)", |b| {
        b.iter(|| total_dyn(black_box(&boxed)))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::short_runs();
    targets = dispatch
}
criterion_main!(benches);
