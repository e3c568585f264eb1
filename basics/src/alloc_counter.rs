//! A counting global allocator, for the guide's claims about allocations ("no allocation", "80% fewer
//! allocations", "clone allocates").
//!
//! Counting heap allocations is deterministic where timing is not, so tests can assert exact numbers.
//! The counters are per thread: the test harness runs tests on several threads at once, and a global
//! counter would mix their allocations together.
//!
//! To use it, a binary (or test binary) installs it once and then measures a closure with
//! [`count_allocations`]:
//! ```
//! use basics::alloc_counter::{count_allocations, CountingAllocator};
//!
//! #[global_allocator]
//! static ALLOC: CountingAllocator = CountingAllocator;
//!
//! let (v, stats) = count_allocations(|| vec![0_u32; 4]);
//! assert_eq!((v.len(), stats.allocations, stats.bytes), (4, 1, 16));
//! ```
//! Other crates of the workspace reuse this
//! module rather than writing their own.
#![allow(unsafe_code)] // A `GlobalAlloc` implementation is unsafe by definition.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

thread_local! {
    // `const` initialisation and `Cell<usize>` (no destructor) mean touching these never allocates,
    // which matters: they are read from inside the allocator.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    static BYTES: Cell<usize> = const { Cell::new(0) };
}

/// The system allocator, plus a per-thread count of allocations and bytes requested.
#[derive(Debug, Clone, Copy, Default)]
pub struct CountingAllocator;

// SAFETY: every method forwards to `System` with the caller's arguments unchanged, so `System`'s
// guarantees hold; the bookkeeping only touches thread-local `Cell`s and never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        // SAFETY: same contract as ours, forwarded unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        // SAFETY: same contract as ours, forwarded unchanged.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A growing `String`/`Vec` reallocates: that is a new allocation request as far as cost goes.
        record(new_size);
        // SAFETY: same contract as ours, forwarded unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours, forwarded unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }
}

fn record(size: usize) {
    // `try_with` because allocations can happen while thread-locals are being torn down.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
    let _ = BYTES.try_with(|b| b.set(b.get() + size));
}

/// What one measured closure asked of the allocator on the current thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AllocStats {
    /// Number of `alloc`, `alloc_zeroed` and `realloc` calls.
    pub allocations: usize,
    /// Bytes requested by those calls (for `realloc`, the new size).
    pub bytes: usize,
}

fn snapshot() -> AllocStats {
    AllocStats {
        allocations: ALLOCATIONS.with(Cell::get),
        bytes: BYTES.with(Cell::get),
    }
}

/// Runs `f` and returns its result with the allocations it made on this thread.
///
/// # Panics
/// If [`CountingAllocator`] is not the global allocator of this program: the counts would silently be
/// zero, which is exactly the kind of result a reader must not be shown.
pub fn count_allocations<R>(f: impl FnOnce() -> R) -> (R, AllocStats) {
    assert!(
        is_installed(),
        "CountingAllocator is not the #[global_allocator] of this binary; see basics::alloc_counter"
    );
    let before = snapshot();
    let result = f();
    let after = snapshot();
    let stats = AllocStats {
        allocations: after.allocations - before.allocations,
        bytes: after.bytes - before.bytes,
    };
    (result, stats)
}

/// True when the counting allocator sees this thread's allocations.
pub fn is_installed() -> bool {
    let before = ALLOCATIONS.with(Cell::get);
    drop(std::hint::black_box(Box::new(0_u64)));
    ALLOCATIONS.with(Cell::get) > before
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_exactly_the_allocations_of_the_closure() {
        let ((), stats) = count_allocations(|| {
            let a = std::hint::black_box(vec![1_u8; 10]);
            let b = std::hint::black_box(String::from("hi"));
            drop((a, b));
        });
        assert_eq!(
            stats,
            AllocStats {
                allocations: 2,
                bytes: 12
            }
        );
    }

    #[test]
    fn other_threads_do_not_disturb_the_count() {
        let ((), stats) = count_allocations(|| {
            std::thread::scope(|s| {
                s.spawn(|| std::hint::black_box(vec![0_u8; 1000]));
            });
        });
        // Spawning allocates on this thread (the thread's bookkeeping), but the 1000-byte vector
        // was allocated on the other thread and is not counted here.
        assert!(stats.bytes < 1000, "{stats:?}");
    }
}
