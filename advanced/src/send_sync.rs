//! **Q26 · Send and Sync.** `T: Send` means a `T` may be moved to another thread, `T: Sync` that a `&T`
//! may be shared between threads (`T: Sync` exactly when `&T: Send`); the compiler derives both from a
//! type's fields and refuses, with E0277, any thread code that would race.
//!
//! - The exceptions are what matter: `Rc` is neither (non-atomic count), `Cell`/`RefCell` are `Send`
//!   but not `Sync`, raw pointers are neither, a `MutexGuard` is not `Send`.
//!   Proof: `cargo test -p advanced --test compile_fail`
//! - `Arc<T>` is `Send` only if `T: Send + Sync`, because every clone hands a `&T` to another thread:
//!   `Arc<RefCell<_>>` is E0277, `Arc<Mutex<_>>` works. Proof: `cargo test -p advanced --test compile_fail`
//! - Most types are both, checked at compile time. Proof: `cargo test -p advanced --lib send_sync`
//! - `unsafe impl Send` silences E0277, so it needs a proof: [`fill_in_parallel`]'s wrapper argues that
//!   its chunks are disjoint. Proof: `cargo +nightly-2026-08-18 miri test -p advanced --lib -- send_sync::`
//!
//! # Run it
//! `cargo run --bin send_sync`: the guide's lines, with the threads' lines in join order, then the `Arc`
//! fix of the guide's ❌ `Rc` example.
//!
//! # Differences from the guide
//! - Threads return their lines, printed in join order: [ERRATA.md, Q26](../../ERRATA.md#q26).
//!
//! # More to explore
//! - Each refusal is a compile-fail case, E0277: `tests/ui/send_sync/` (`rc_across_threads.rs` is the
//!   guide's commented-out example). The stored note "required for `&RefCell<i32>` to implement `Send`"
//!   is the `Sync` ⇔ `&T: Send` rule in the compiler's words.
//! - The wrong half of the guide's mistake, `unsafe impl Send` on a type that is not thread-safe, compiles:
//!   that is the danger. Real code would split the buffer with `chunks_mut` and `thread::scope`, which is
//!   safe; [`fill_in_parallel`] exists to show what the argument looks like.
//! - Disjoint closure captures (edition 2021+): a `move` closure that used `part.start` would capture only
//!   that `*mut u64` field, which is not `Send`; calling a method on `part` captures the whole wrapper.
//! - `Arc<Mutex<T>>` across the levels: Q19's follow-up (poisoning, `cargo run --bin refcell_and_mutex`),
//!   Q20 (`Cell`/`RefCell`/`Mutex`). In async code a `std::sync::MutexGuard` held across an `.await`
//!   makes the future `!Send`, so `tokio::spawn` refuses it (`tests/ui/send_sync/guard_across_await.rs`).
//!
//! # Follow-up
//! Why is `Mutex<T>` `Sync` when `T` is only `Send`, while `RefCell<T>` is not `Sync`? [`follow_up`],
//! `cargo run --bin mutex_sync`.

use std::sync::{Arc, Mutex};
use std::thread;

pub mod follow_up;

pub fn main() {
    println!("{}", send_example());
    for line in sync_example() {
        println!("{line}");
    }
    println!("Arc across threads: {}", arc_across_threads());
    println!("Counter: {}", shared_mutation()); // 10
}

/// ✅ `Vec<i32>` is `Send`: it is moved into the thread.
pub fn send_example() -> String {
    let data = vec![1, 2, 3]; // Vec<i32> is Send
    let handle = thread::spawn(move || format!("From thread: {:?}", data)); // data moved here
    handle.join().unwrap()
}

/// ✅ `Arc<Vec<i32>>` is `Send + Sync`: every thread reads the same vector.
pub fn sync_example() -> Vec<String> {
    let data = Arc::new(vec![1, 2, 3]); // Arc<Vec<i32>> is Send + Sync
    let mut handles = vec![];
    for i in 0..3 {
        let data = Arc::clone(&data);
        handles.push(thread::spawn(move || format!("Thread {}: {:?}", i, data))); // shared read
    }
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

/// The fix for the guide's ❌ `rc_across_threads`: `Arc` counts references atomically, so it is `Send`.
pub fn arc_across_threads() -> i32 {
    // use std::rc::Rc;
    // let data = Rc::new(42);
    // thread::spawn(move || data); // ❌ E0277 — tests/ui/send_sync/rc_across_threads.rs
    let data = Arc::new(42);
    thread::spawn(move || *data).join().unwrap()
}

/// `Arc<Mutex<T>>`: shared *and* mutated from ten threads.
pub fn shared_mutation() -> i32 {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];
    for _ in 0..10 {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            *counter.lock().unwrap() += 1;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    *counter.lock().unwrap()
}

/// The right half of the guide's mistake: a wrapper around a raw pointer (`!Send`) made `Send` by an
/// `unsafe impl` with a written argument. Each one points to one chunk of a buffer.
struct ChunkPtr {
    start: *mut u64,
    len: usize,
}

// SAFETY: `ChunkPtr`s are created only in `fill_in_parallel`, one per chunk of a `&mut [u64]` that stays
// mutably borrowed for the whole `thread::scope`. The chunks are disjoint and in bounds, each `ChunkPtr`
// is moved to exactly one thread, and only that thread touches its chunk; the scope joins every thread
// before the borrow ends. So sending one to another thread cannot create a data race.
unsafe impl Send for ChunkPtr {}

impl ChunkPtr {
    fn as_mut_slice(&mut self) -> &mut [u64] {
        // SAFETY: `start..start + len` is one in-bounds chunk of the borrowed buffer, accessed by no one
        // else while this thread runs (see the `unsafe impl Send` above).
        unsafe { std::slice::from_raw_parts_mut(self.start, self.len) }
    }
}

/// Writes `buf[i] = i * i` from `threads` threads, each handed a raw pointer to its own chunk.
pub fn fill_in_parallel(buf: &mut [u64], threads: usize) {
    let len = buf.len();
    let chunk = len.div_ceil(threads.max(1)).max(1);
    let base = buf.as_mut_ptr();
    thread::scope(|s| {
        for first in (0..len).step_by(chunk) {
            let mut part = ChunkPtr {
                // SAFETY: `first < len`, so the offset stays inside the buffer.
                start: unsafe { base.add(first) },
                len: chunk.min(len - first),
            };
            // The method call makes the closure capture all of `part` (which is Send), not just the
            // `*mut u64` field (which is not).
            s.spawn(move || {
                for (i, slot) in part.as_mut_slice().iter_mut().enumerate() {
                    let index = (first + i) as u64;
                    *slot = index * index;
                }
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::follow_up::{assert_send, assert_sync};
    use super::*;
    use std::cell::{Cell, RefCell};

    #[test]
    fn the_guides_examples_return_what_they_print() {
        assert_eq!(send_example(), "From thread: [1, 2, 3]");
        assert_eq!(
            sync_example(),
            [
                "Thread 0: [1, 2, 3]",
                "Thread 1: [1, 2, 3]",
                "Thread 2: [1, 2, 3]"
            ]
        );
        assert_eq!(arc_across_threads(), 42);
        assert_eq!(shared_mutation(), 10);
    }

    // The guide's claims, asserted at compile time: this test module does not build if one fails.
    const _: () = {
        // Most types are both.
        assert_send::<Vec<i32>>();
        assert_sync::<Vec<i32>>();
        assert_send::<Arc<Vec<i32>>>();
        assert_sync::<Arc<Vec<i32>>>();
        assert_send::<Arc<Mutex<i32>>>();
        assert_sync::<Arc<Mutex<i32>>>();
        // RefCell and Cell: Send, not Sync (the "not" half is a compile-fail case).
        assert_send::<RefCell<i32>>();
        assert_send::<Cell<i32>>();
    };

    #[test]
    fn an_unsafe_impl_send_with_an_argument_fills_every_chunk() {
        for threads in [1, 3, 4, 16] {
            let mut buf = [u64::MAX; 10];
            fill_in_parallel(&mut buf, threads);
            let expected: Vec<u64> = (0..10).map(|i| i * i).collect();
            assert_eq!(buf[..], expected[..], "{threads} thread(s)");
        }
        fill_in_parallel(&mut [], 2);
    }
}
