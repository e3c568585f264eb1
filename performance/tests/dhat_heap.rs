//! Q37: the guide's allocation patterns under dhat-rs in testing mode. dhat needs its own allocator as
//! the global allocator and one profiler at a time, so this file is its own test binary with one test.
//! `dhat::assert_eq!` (rather than `assert_eq!`) also saves the profile to `dhat-heap.json` when it
//! fails, for viewing in DHAT's viewer.
use performance::profiling::{
    pattern1_many_small, pattern2_preallocated, pattern3_reuse_fixed, pattern3_reuse_guide,
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

#[test]
fn the_guides_allocation_patterns_under_dhat() {
    let _profiler = dhat::Profiler::builder().testing().build();

    // Pattern 1: 10 000 strings plus the Vec's growth (capacity 4, 8, ..., 16384: 13 steps).
    let (blocks, _) = allocated_by(pattern1_many_small);
    dhat::assert_eq!(blocks, 10_000 + 13);

    // Pattern 2: 10 000 strings plus one table allocated up front.
    let (blocks, _) = allocated_by(pattern2_preallocated);
    dhat::assert_eq!(blocks, 10_000 + 1);

    // Pattern 3 as in the guide: the buffer, plus one temporary String per `format!`.
    let (blocks, _) = allocated_by(pattern3_reuse_guide);
    dhat::assert_eq!(blocks, 1 + 10_000);

    // Pattern 3 fixed with write!: only the buffer, exactly 1024 bytes.
    let (blocks, bytes) = allocated_by(pattern3_reuse_fixed);
    dhat::assert_eq!((blocks, bytes), (1, 1024));
}
