//! **Q38 follow-up · Work stealing vs `thread::spawn`.** A hand-made split fixes each thread's share
//! before any work is done and spawns threads to run it; rayon keeps a thread per core alive and moves
//! work to whichever thread runs out, so uneven work still keeps every core busy.
//!
//! - A static split is fair only when items cost the same: on the skewed workload two halves reach 1.02x
//!   at best. Proof: `cargo test -p performance --lib rayon_parallelism::follow_up::tests::two_static_halves`
//! - Each worker owns a deque: `join(a, b)` pushes `b` and runs `a`; an idle worker steals the oldest
//!   job. Proof: `cargo test -p performance --lib rayon_parallelism::follow_up::tests::an_idle_worker_steals`
//! - The pool is reused: 100 tiny tasks run on rayon's few threads, a `thread::spawn` each creates 100.
//!   Proof: `cargo test -p performance --lib rayon_parallelism::follow_up::tests::rayon_reuses`
//! - Rayon gets close to the 2-core ceiling (CLAIMS.md row 31). Proof: `cargo bench -p performance --bench work_stealing`
//!
//! # Run it
//! `cargo run --bin work_stealing`: the work in each static chunk and the best speedup each split allows.
//!
//! # Differences from the guide
//! None (the guide only asks the question).
//!
//! # More to explore
//! - Parallel iterators split by "thief-splitting": a split budget equal to the thread count, halved at
//!   each level and reset whenever a job is stolen, so busy threads split finely and others do not.
//! - Scoped threads with equal chunks (`std::thread::scope`) are fine for uniform work and need no
//!   dependency; load balancing then becomes your problem (small chunks and a shared queue, i.e. writing
//!   a work-stealing pool).

use rayon::prelude::*;
use std::collections::HashSet;
use std::hint::black_box;
use std::thread::ThreadId;

pub fn main() {
    let total: u64 = (0..ITEMS).map(units).sum();
    println!("skewed workload: {ITEMS} items, {total} work units (last quarter costs 100x)");
    for threads in [2, 4, 8] {
        let per = units_per_chunk(ITEMS, threads);
        println!(
            "static split over {threads} threads: units per chunk {per:?}, best speedup {:.2}x (ideal {threads}.00x)",
            best_static_speedup(ITEMS, threads)
        );
    }
    println!(
        "work stealing: join() pushes one half as a job and runs the other; an idle worker steals the oldest job, so no fixed split limits it"
    );
    let (rayon_threads, spawned_threads) = threads_used(100);
    println!(
        "100 tiny tasks: rayon ran them on its pool, no more than rayon::current_num_threads(): {}; a thread::spawn each created {spawned_threads} threads",
        rayon_threads <= rayon::current_num_threads()
    );
    // The three strategies compute the same thing; only the schedule differs.
    let seq = run_sequential(ITEMS);
    let same = run_static(ITEMS, 2) == seq && run_rayon(ITEMS) == seq;
    println!("sequential, static (2 threads) and rayon results equal: {same}");
    println!("bench: cargo bench -p performance --bench work_stealing");
}

/// Items in the skewed workload.
pub const ITEMS: u64 = 10_000;

/// Work units of item `i`: 1 for the first three quarters, 100 for the last quarter.
pub fn units(i: u64) -> u64 {
    if i >= ITEMS * 3 / 4 { 100 } else { 1 }
}

/// One unit of work is a short integer-hash loop; `black_box` keeps the optimizer from folding it.
pub fn process(i: u64) -> u64 {
    let mut h = i;
    for _ in 0..units(i) * 50 {
        h = black_box(h.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(7) ^ 0x5bd1);
    }
    h
}

/// The static split: `threads` contiguous chunks of (nearly) equal length, as `chunks()` would make.
pub fn static_chunks(items: u64, threads: u64) -> Vec<std::ops::Range<u64>> {
    let per = items.div_ceil(threads);
    (0..threads)
        .map(|t| (t * per).min(items)..((t + 1) * per).min(items))
        .collect()
}

/// Work units in each static chunk.
pub fn units_per_chunk(items: u64, threads: u64) -> Vec<u64> {
    static_chunks(items, threads)
        .into_iter()
        .map(|r| r.map(units).sum())
        .collect()
}

/// Best speedup over one thread a split can reach: total work / work of the busiest thread.
pub fn best_static_speedup(items: u64, threads: u64) -> f64 {
    let per = units_per_chunk(items, threads);
    per.iter().sum::<u64>() as f64 / *per.iter().max().expect("at least one chunk") as f64
}

/// Processes the workload on one thread.
pub fn run_sequential(items: u64) -> u64 {
    (0..items).map(process).fold(0, u64::wrapping_add)
}

/// Processes the workload on `threads` scoped threads, one static chunk each.
pub fn run_static(items: u64, threads: u64) -> u64 {
    std::thread::scope(|s| {
        let handles: Vec<_> = static_chunks(items, threads)
            .into_iter()
            .map(|r| s.spawn(move || r.map(process).fold(0, u64::wrapping_add)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("worker panicked"))
            .fold(0, u64::wrapping_add)
    })
}

/// Processes the workload with rayon's work-stealing pool.
pub fn run_rayon(items: u64) -> u64 {
    (0..items)
        .into_par_iter()
        .map(process)
        .reduce(|| 0, u64::wrapping_add)
}

/// Distinct threads that ran `tasks` tiny tasks: `(on rayon's global pool, with one thread::spawn each)`.
pub fn threads_used(tasks: usize) -> (usize, usize) {
    let on_rayon: HashSet<ThreadId> = (0..tasks)
        .into_par_iter()
        .map(|_| std::thread::current().id())
        .collect();
    let spawned: HashSet<ThreadId> = (0..tasks)
        .map(|_| {
            std::thread::spawn(|| std::thread::current().id())
                .join()
                .expect("thread panicked")
        })
        .collect();
    (on_rayon.len(), spawned.len())
}

/// On a pool of two threads, `rayon::join` of a slow first closure and a quick second one: returns the
/// threads each ran on. The caller runs the first closure itself; the second waits in its deque, where
/// the idle worker steals it.
pub fn join_threads() -> (ThreadId, ThreadId) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .expect("a pool of two threads builds");
    pool.install(|| {
        rayon::join(
            || {
                std::thread::sleep(std::time::Duration::from_millis(200));
                std::thread::current().id()
            },
            || std::thread::current().id(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_chunks_cover_every_item_once() {
        for threads in 1..=9 {
            let chunks = static_chunks(ITEMS, threads);
            assert_eq!(chunks.len() as u64, threads);
            let covered: Vec<u64> = chunks.into_iter().flatten().collect();
            assert_eq!(covered, (0..ITEMS).collect::<Vec<_>>());
        }
    }

    #[test]
    fn two_static_halves_are_badly_unbalanced() {
        assert_eq!(units_per_chunk(ITEMS, 2), vec![5_000, 252_500]);
        let best = best_static_speedup(ITEMS, 2);
        assert!((1.01..1.03).contains(&best), "{best}");
    }

    #[test]
    fn all_strategies_compute_the_same_result() {
        // Items below 7 500 cost 1 unit each, so this short run is uniform: it checks the results, not the skew.
        let n = 2_000;
        let seq = run_sequential(n);
        assert_eq!(run_static(n, 3), seq);
        assert_eq!(run_rayon(n), seq);
    }

    #[test]
    fn an_idle_worker_steals_the_second_half_of_a_join() {
        let (first, second) = join_threads();
        assert_ne!(first, second);
    }

    #[test]
    fn rayon_reuses_its_pool_and_spawn_creates_a_thread_per_task() {
        let (on_rayon, spawned) = threads_used(100);
        assert!(on_rayon <= rayon::current_num_threads(), "{on_rayon}");
        assert_eq!(spawned, 100);
    }
}
