//! Follow-up: what is the difference between `tokio::spawn` and `tokio::task::spawn_blocking`?
//!
//! | | `tokio::spawn(future)` | `spawn_blocking(closure)` |
//! | --- | --- | --- |
//! | runs | a future, polled by the runtime's worker thread(s) | a plain closure, on a separate blocking-pool thread |
//! | must not | block: it shares its thread with every other task | — (blocking is what it is for) |
//! | how many | millions (a task is a small heap allocation) | up to `max_blocking_threads` (default 512) at once; the rest queue |
//! | `abort()` | cancels at the next `.await` | does nothing once the closure has started |
//! | at shutdown | dropped at their next `.await` | the runtime waits for running closures |
//!
//! `cargo run --bin spawn_blocking` shows each row on real runtimes, and the tests assert it:
//! - on a current-thread runtime a spawned task runs on the caller's own thread, a blocking closure on
//!   another thread;
//! - with `max_blocking_threads(2)`, six blocking jobs never run more than two at a time;
//! - aborting a spawned task stops it at its next `.await` (it never finishes), aborting a blocking closure
//!   that has started changes nothing (it finishes and its side effect happens).
//!
//! For CPU-heavy work that is parallel by nature, rayon inside a single `spawn_blocking` (or a rayon
//! pool fed through a oneshot channel) keeps the blocking pool from growing to hundreds of threads.

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

pub fn main() {
    let (spawned_here, blocking_here) = where_tasks_run();
    println!("current-thread runtime: tokio::spawn ran on the runtime's thread: {spawned_here}");
    println!("current-thread runtime: spawn_blocking ran on the runtime's thread: {blocking_here}");
    let peak = max_concurrent_blocking(6, 2, Duration::from_millis(20));
    println!("max_blocking_threads(2), 6 blocking jobs: at most {peak} ran at once");
    let (spawned_finished, blocking_finished) = abort_both();
    println!("aborted after start: tokio::spawn task finished anyway: {spawned_finished}");
    println!("aborted after start: spawn_blocking closure finished anyway: {blocking_finished}");
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
}
