//! Follow-up: how does rayon's work stealing compare with splitting the work over `thread::spawn`ed
//! threads yourself?
//!
//! A static split gives each thread the same *number of items*, decided before any work is done. That is
//! only fair when every item costs the same. [`units`] makes a skewed workload: the last quarter of the
//! items costs 100 times more than the rest, as in the guide's "variable image sizes". Split in two halves,
//! one thread gets 5 000 units of work and the other 252 500: the total cannot finish faster than the
//! slow half, so the static split over 2 threads is at best 1.02x faster than one thread. More threads
//! barely help: the binary prints the ceiling for 4 threads (1.03x) and 8 threads (2.06x, out of 8).
//!
//! rayon splits the range recursively into small jobs; a thread that runs out of jobs steals half of
//! another thread's remaining range, so both cores stay busy until the end. `cargo run --bin
//! work_stealing` prints the deterministic part (work per static chunk, the best speedup each split can
//! reach); the bench measures it:
//!
//! ```text
//! cargo bench -p performance --bench work_stealing
//! ```
//!
//! | strategy (2 threads, load average about 2; criterion's mean, `performance/CLAIMS.md` row 31) | measured here | speedup |
//! | --- | --- | --- |
//! | sequential | 16.8 ms | 1x |
//! | static chunks on `thread::scope` | 17.5 ms | 0.96x (the predicted ceiling is 1.02x) |
//! | rayon `par_iter` | 9.13 ms | 1.84x |
//!
//! The static split is not wrong in itself: `std::thread::scope` with equal chunks is fine for uniform
//! work and has no dependency. Its cost is that load balancing becomes your problem (smaller chunks and a
//! shared queue, i.e. writing a work-stealing pool).

use rayon::prelude::*;
use std::hint::black_box;

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
        "work stealing: idle threads take half of a busy thread's remaining range, so no fixed split limits it"
    );
    // The three strategies compute the same thing; only the schedule differs.
    let seq = run_sequential(ITEMS);
    let same = run_static(ITEMS, 2) == seq && run_rayon(ITEMS) == seq;
    println!("sequential, static (2 threads) and rayon results equal: {same}");
    println!("bench: cargo bench -p performance --bench work_stealing");
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
        let n = 2_000; // still skewed: units() looks at ITEMS, so this is the cheap part only
        let seq = run_sequential(n);
        assert_eq!(run_static(n, 3), seq);
        assert_eq!(run_rayon(n), seq);
    }
}
