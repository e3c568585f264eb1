//! Q37: the guide's allocation patterns under dhat-rs in testing mode.
//!
//! dhat counts every allocation of the whole process. Under libtest, the harness's main thread formats
//! and prints while the test thread runs, so its allocations landed inside the measured window now and
//! then (1 run in 100 with output to a file, 43 in 100 with output to /dev/null: 10017 blocks instead of
//! 10013). This file is therefore its own test binary without libtest (`harness = false` in
//! `performance/Cargo.toml`): one thread, nothing else allocating, so the counts are exact every run.
//! `dhat::assert_eq!` saves the profile when it fails, to `dhat-heap.json` in cargo's scratch directory
//! for this target (not the working directory), for viewing in DHAT's viewer.
use performance::profiling::{
    guide_pattern3_reuse, pattern1_many_small, pattern2_preallocated, pattern3_reuse_fixed,
};

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

/// Blocks (allocations) and bytes that `f` allocated in total.
fn allocated_by<R>(f: impl FnOnce() -> R) -> (u64, u64) {
    let before = dhat::HeapStats::get();
    let result = f();
    let after = dhat::HeapStats::get();
    drop(result);
    (
        after.total_blocks - before.total_blocks,
        after.total_bytes - before.total_bytes,
    )
}

fn main() {
    let profile = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("dhat-heap.json");
    let _profiler = dhat::Profiler::builder()
        .testing()
        .file_name(profile)
        .build();

    // Pattern 1: 10 000 strings plus the Vec's growth (capacity 4, 8, ..., 16384: 13 steps).
    let (blocks, _) = allocated_by(pattern1_many_small);
    dhat::assert_eq!(blocks, 10_000 + 13);

    // Pattern 2: 10 000 strings plus one table allocated up front.
    let (blocks, _) = allocated_by(pattern2_preallocated);
    dhat::assert_eq!(blocks, 10_000 + 1);

    // Pattern 3 as in the guide: the buffer, plus one temporary String per `format!`.
    let (blocks, _) = allocated_by(guide_pattern3_reuse);
    dhat::assert_eq!(blocks, 1 + 10_000);

    // Pattern 3 fixed with write!: only the buffer, exactly 1024 bytes.
    let (blocks, bytes) = allocated_by(pattern3_reuse_fixed);
    dhat::assert_eq!((blocks, bytes), (1, 1024));

    println!("the guide's allocation patterns under dhat: 4 checks passed");
}
