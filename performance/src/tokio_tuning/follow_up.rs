//! **Q39 follow-up · `tokio::spawn` vs `spawn_blocking`.** `tokio::spawn` runs a future on the
//! runtime's worker threads, which it must never block; `spawn_blocking` runs a plain closure on a
//! separate, bounded pool of threads made for blocking.
//!
//! - A spawned task shares its worker with every other task; a blocking closure gets a thread of its own.
//!   Proof: `cargo test -p performance --lib tokio_tuning::follow_up::tests::spawn_stays`
//! - The blocking pool is bounded by `max_blocking_threads` (default 512); extra closures queue.
//!   Proof: `cargo test -p performance --lib tokio_tuning::follow_up::tests::the_blocking_pool_is_bounded`
//! - `abort()` cancels a task at its next `.await`, but cannot stop a closure that has started.
//!   Proof: `cargo test -p performance --lib tokio_tuning::follow_up::tests::abort_cancels`
//! - Dropping the runtime waits for a closure that is running. Proof: `cargo test -p performance --lib tokio_tuning::follow_up::tests::dropping_the_runtime`
//!
//! # Run it
//! `cargo run --bin spawn_blocking`, then `cargo test -p performance --lib tokio_tuning::follow_up`.
//! Each line is one row of the comparison, measured on a real runtime.
//!
//! # Differences from the guide
//! None (the guide only asks the question).
//!
//! # More to explore
//! Tasks are cheap (a small heap allocation each, so millions fit), blocking threads are not: parallel
//! CPU work belongs in rayon, fed from one `spawn_blocking` or through a channel. The cost of the hand-off itself is CLAIMS.md row 40 (`cargo bench -p performance --bench
//! tokio_tuning`). `block_in_place` (multi-thread runtime only) is the third option: it blocks in place
//! and moves the worker's other tasks elsewhere, see [`super`].

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

/// Whether each kind of task ran on the thread that drives a current-thread runtime.
pub fn where_tasks_run() -> (bool, bool) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime builds");
    let runtime_thread = std::thread::current().id();
    rt.block_on(async move {
        let spawned = tokio::spawn(async { std::thread::current().id() })
            .await
            .expect("task panicked");
        let blocking = tokio::task::spawn_blocking(|| std::thread::current().id())
            .await
            .expect("closure panicked");
        (spawned == runtime_thread, blocking == runtime_thread)
    })
}

/// Runs `jobs` blocking closures (each sleeps `hold`) on a runtime whose blocking pool has at most
/// `max_threads` threads; returns the highest number that ran at once.
pub fn max_concurrent_blocking(jobs: usize, max_threads: usize, hold: Duration) -> usize {
    let rt = tokio::runtime::Builder::new_current_thread()
        .max_blocking_threads(max_threads)
        .build()
        .expect("a current-thread runtime builds");
    let running = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    rt.block_on(async {
        let handles: Vec<_> = (0..jobs)
            .map(|_| {
                let (running, peak) = (Arc::clone(&running), Arc::clone(&peak));
                tokio::task::spawn_blocking(move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    peak.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(hold); // blocking on purpose: this is the blocking pool
                    running.fetch_sub(1, Ordering::SeqCst);
                })
            })
            .collect();
        for h in handles {
            h.await.expect("closure panicked");
        }
    });
    peak.load(Ordering::SeqCst)
}

/// Starts one task of each kind, waits until each has started, aborts both, and reports whether each
/// still reached its end: `(spawned_finished, blocking_finished)`.
pub fn abort_both() -> (bool, bool) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a current-thread runtime builds");
    rt.block_on(async {
        let spawned_done = Arc::new(AtomicBool::new(false));
        let blocking_done = Arc::new(AtomicBool::new(false));

        let (started_tx, started_rx) = tokio::sync::oneshot::channel();
        let flag = Arc::clone(&spawned_done);
        let spawned = tokio::spawn(async move {
            let _ = started_tx.send(());
            tokio::time::sleep(Duration::from_millis(50)).await; // abort lands here
            flag.store(true, Ordering::SeqCst);
        });
        started_rx.await.expect("task started");
        spawned.abort();
        let spawned_result = spawned.await;
        assert!(spawned_result.is_err_and(|e| e.is_cancelled()));

        let (started_tx, started_rx) = std::sync::mpsc::channel();
        let flag = Arc::clone(&blocking_done);
        let blocking = tokio::task::spawn_blocking(move || {
            let _ = started_tx.send(());
            std::thread::sleep(Duration::from_millis(50));
            flag.store(true, Ordering::SeqCst);
        });
        // Wait (off the runtime thread's async work, briefly) until the closure is running.
        tokio::task::spawn_blocking(move || started_rx.recv().expect("closure started"))
            .await
            .expect("waiter panicked");
        blocking.abort(); // too late: a running closure cannot be interrupted
        let blocking_result = blocking.await;
        assert!(blocking_result.is_ok());

        (
            spawned_done.load(Ordering::SeqCst),
            blocking_done.load(Ordering::SeqCst),
        )
    })
}

/// Starts a blocking closure, waits until it runs, then drops the runtime: returns whether the closure
/// had finished by the time the drop returned.
pub fn drop_waits_for_blocking() -> bool {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime builds");
    let done = Arc::new(AtomicBool::new(false));
    let (started_tx, started_rx) = std::sync::mpsc::channel();
    let flag = Arc::clone(&done);
    rt.spawn_blocking(move || {
        let _ = started_tx.send(());
        std::thread::sleep(Duration::from_millis(50));
        flag.store(true, Ordering::SeqCst);
    });
    started_rx.recv().expect("closure started");
    drop(rt);
    done.load(Ordering::SeqCst)
}

pub fn main() {
    let (spawned_here, blocking_here) = where_tasks_run();
    println!("current-thread runtime: tokio::spawn ran on the runtime's thread: {spawned_here}");
    println!("current-thread runtime: spawn_blocking ran on the runtime's thread: {blocking_here}");
    let peak = max_concurrent_blocking(6, 2, Duration::from_millis(20));
    println!("max_blocking_threads(2), 6 blocking jobs: at most {peak} ran at once");
    let (spawned_finished, blocking_finished) = abort_both();
    println!("aborted after start: tokio::spawn task finished anyway: {spawned_finished}");
    println!("aborted after start: spawn_blocking closure finished anyway: {blocking_finished}");
    println!(
        "runtime dropped while a closure ran: the closure had finished: {}",
        drop_waits_for_blocking()
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spawn_stays_on_the_runtime_thread_and_spawn_blocking_leaves_it() {
        assert_eq!(where_tasks_run(), (true, false));
    }

    #[test]
    fn the_blocking_pool_is_bounded() {
        assert_eq!(max_concurrent_blocking(6, 2, Duration::from_millis(20)), 2);
        assert_eq!(max_concurrent_blocking(3, 1, Duration::from_millis(5)), 1);
    }

    #[test]
    fn abort_cancels_a_future_but_not_a_running_closure() {
        assert_eq!(abort_both(), (false, true));
    }

    #[test]
    fn dropping_the_runtime_waits_for_a_running_closure() {
        assert!(drop_waits_for_blocking());
    }
}
