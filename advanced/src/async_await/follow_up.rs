//! Follow-up: what is the difference between `tokio::spawn` and `join!`, and when would you use `select!`?
//!
//! - `join!(a, b)` polls `a` and `b` concurrently *inside the current task* and waits for **all** of them.
//!   No new task, no heap allocation, no `'static` or `Send` bound: the futures may borrow local
//!   variables. They never run in parallel on two threads; they interleave at their `.await`s.
//! - `tokio::spawn(fut)` hands `fut` to the runtime as a **new task**: it must be `'static` (it may outlive
//!   the caller; `tests/ui/spawn_join_select/spawn_borrows_local.rs` is the E0373 you get otherwise) and
//!   `Send` (a multi-thread runtime may move it between worker threads). It starts running without being
//!   awaited, and keeps running if its `JoinHandle` is dropped. Use it for independent work, or to use
//!   several cores.
//! - `select!` waits for the **first** branch to finish and **drops** the others, cancelling them at
//!   their current `.await`. Use it for timeouts, shutdown signals, or "whichever answers first".
//!
//! Run `cargo run --bin spawn_join_select`; times are virtual (paused clock, see the main module), so
//! they are exact. The `Guard` values count their drops, which shows that `select!`'s losing branch was
//! dropped before it finished.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::time::sleep;

use super::{paused_runtime, timed};

/// Counts its own drop: held by a future, it tells whether that future was dropped.
pub struct Guard(pub Arc<AtomicUsize>);

impl Drop for Guard {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// Sleeps `ms` virtual milliseconds while holding a [`Guard`], then records that it finished.
pub async fn work(
    name: &'static str,
    ms: u64,
    drops: Arc<AtomicUsize>,
    done: Arc<AtomicUsize>,
) -> &'static str {
    let _guard = Guard(drops);
    sleep(Duration::from_millis(ms)).await;
    done.fetch_add(1, Ordering::SeqCst);
    name
}

/// What a `select!` race left behind.
#[derive(Debug, PartialEq, Eq)]
pub struct Race {
    pub winner: &'static str,
    pub took: Duration,
    /// Futures dropped (finished or cancelled) once `select!` returned.
    pub dropped: usize,
    /// Futures that ran to completion.
    pub finished: usize,
}

/// Races a 50 ms branch against a 200 ms branch.
pub async fn race() -> Race {
    let drops = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    let (winner, took) = timed(async {
        tokio::select! {
            w = work("fast", 50, drops.clone(), done.clone()) => w,
            w = work("slow", 200, drops.clone(), done.clone()) => w,
        }
    })
    .await;
    Race {
        winner,
        took,
        dropped: drops.load(Ordering::SeqCst),
        finished: done.load(Ordering::SeqCst),
    }
}

/// `join!` on futures that borrow a local: allowed, because they stay inside this task.
pub async fn join_borrowing(words: &[&str]) -> (usize, usize) {
    let count_letters = async { words.iter().map(|w| w.len()).sum::<usize>() };
    let count_words = async {
        sleep(Duration::from_millis(10)).await;
        words.len()
    };
    tokio::join!(count_letters, count_words)
}

/// A spawned task runs even though nobody awaits its handle; a plain future does not.
pub async fn spawned_runs_unawaited() -> (usize, usize) {
    let spawned_ran = Arc::new(AtomicUsize::new(0));
    let plain_ran = Arc::new(AtomicUsize::new(0));

    let flag = spawned_ran.clone();
    drop(tokio::spawn(async move {
        flag.fetch_add(1, Ordering::SeqCst);
    })); // handle dropped: the task is detached, not cancelled

    let flag = plain_ran.clone();
    let plain = async move {
        flag.fetch_add(1, Ordering::SeqCst);
    };
    drop(plain); // never polled

    // Give the scheduler a turn so the spawned task can run.
    sleep(Duration::from_millis(1)).await;
    (
        spawned_ran.load(Ordering::SeqCst),
        plain_ran.load(Ordering::SeqCst),
    )
}

pub fn main() {
    paused_runtime().block_on(async {
        let ((letters, words), took) = timed(join_borrowing(&["join", "borrows", "locals"])).await;
        println!("join!:   {letters} letters and {words} words from a borrowed slice, both done after {took:?}");

        let (spawned, plain) = spawned_runs_unawaited().await;
        println!("spawn:   detached task ran {spawned} time(s) without .await; plain future ran {plain} time(s)");

        let r = race().await;
        println!("select!: {:?} won after {:?}", r.winner, r.took);
        println!(
            "         futures dropped: {}, futures finished: {} -> the losing branch was cancelled",
            r.dropped, r.finished
        );

        // The classic use: a timeout.
        let drops = Arc::new(AtomicUsize::new(0));
        let done = Arc::new(AtomicUsize::new(0));
        let (outcome, took) = timed(async {
            tokio::select! {
                name = work("request", 300, drops.clone(), done.clone()) => format!("{name} answered"),
                _ = sleep(Duration::from_millis(100)) => "timed out".to_string(),
            }
        })
        .await;
        println!("timeout: {outcome} after {took:?}; request dropped: {}", drops.load(Ordering::SeqCst) == 1);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn select_drops_the_losing_branch() {
        assert_eq!(
            race().await,
            Race {
                winner: "fast",
                took: Duration::from_millis(50),
                dropped: 2,
                finished: 1
            }
        );
    }

    #[tokio::test(start_paused = true)]
    async fn join_waits_for_all_and_may_borrow() {
        let words = vec!["a", "bc"];
        let ((letters, n), took) = timed(join_borrowing(&words)).await;
        assert_eq!((letters, n, took), (3, 2, Duration::from_millis(10)));
    }

    #[tokio::test(start_paused = true)]
    async fn spawn_runs_without_await_a_future_does_not() {
        assert_eq!(spawned_runs_unawaited().await, (1, 0));
    }

    #[tokio::test(start_paused = true)]
    async fn a_losing_branch_stops_at_its_await() {
        let drops = Arc::new(AtomicUsize::new(0));
        let done = Arc::new(AtomicUsize::new(0));
        tokio::select! {
            _ = work("slow", 200, drops.clone(), done.clone()) => unreachable!("the timeout is shorter"),
            _ = sleep(Duration::from_millis(100)) => {}
        }
        // Let virtual time run past the slow branch's deadline: it must not come back to life.
        sleep(Duration::from_millis(500)).await;
        assert_eq!(
            (drops.load(Ordering::SeqCst), done.load(Ordering::SeqCst)),
            (1, 0)
        );
    }
}
