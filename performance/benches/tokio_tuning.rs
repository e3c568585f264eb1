//! Q39: runtime flavors (spawning from outside and from inside the runtime) and the cost of
//! `spawn_blocking`. `cargo bench -p performance --bench tokio_tuning`.
mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use performance::tokio_tuning::expensive_hash;
use std::hint::black_box;
use tokio::runtime::{Builder, Runtime};

fn runtimes() -> [(&'static str, Runtime); 2] {
    [
        (
            "current_thread",
            Builder::new_current_thread().build().expect("runtime"),
        ),
        (
            "multi_thread",
            Builder::new_multi_thread().build().expect("runtime"),
        ),
    ]
}

/// Spawns 1000 tiny tasks and awaits them all.
async fn spawn_and_await_1000() -> u64 {
    let handles: Vec<_> = (0..1000u64)
        .map(|i| tokio::spawn(async move { black_box(i) * 2 }))
        .collect();
    let mut sum = 0;
    for h in handles {
        sum += h.await.expect("task");
    }
    sum
}

/// The scheduling overhead of each flavor, two ways. `from_block_on`: the spawning code runs in
/// `block_on`, on the bench's own thread, outside the workers: on `multi_thread` every spawn goes to the
/// inject queue and every completion wakes that thread from another one. `from_a_task`: the same code
/// runs inside a spawned task, as a server's code does, so spawns go to the worker's local queue.
fn spawn_1000_tasks(c: &mut Criterion) {
    let mut group = c.benchmark_group("spawn_1000_tasks");
    for (name, rt) in runtimes() {
        group.bench_function(format!("from_block_on/{name}"), |b| {
            b.iter(|| rt.block_on(spawn_and_await_1000()))
        });
        group.bench_function(format!("from_a_task/{name}"), |b| {
            b.iter(|| {
                rt.block_on(async {
                    tokio::spawn(spawn_and_await_1000())
                        .await
                        .expect("root task")
                })
            })
        });
    }
    group.finish();
}

/// The guide's `expensive_hash` called inline vs through `spawn_blocking`: what the hand-off costs.
fn hash_placement(c: &mut Criterion) {
    let rt = Builder::new_multi_thread().build().expect("runtime");
    let mut group = c.benchmark_group("expensive_hash");
    group.bench_function("inline", |b| {
        b.iter(|| rt.block_on(async { expensive_hash(black_box("password123")) }))
    });
    group.bench_function("spawn_blocking", |b| {
        b.iter(|| {
            rt.block_on(async {
                tokio::task::spawn_blocking(|| expensive_hash(black_box("password123")))
                    .await
                    .expect("closure")
            })
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::short_runs();
    targets = spawn_1000_tasks, hash_placement
}
criterion_main!(benches);
