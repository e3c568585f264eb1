//! **Q25 follow-up · `tokio::spawn` vs `join!` vs `select!`.** `join!` runs futures concurrently inside the
//! current task and waits for all of them; `tokio::spawn` makes a new, independent task; `select!` waits
//! for the first branch and drops the others.
//!
//! - `join!`'s futures may borrow locals (no new task, no `'static`), and interleave at their `.await`s,
//!   never in parallel. Proof: `cargo test -p advanced --lib async_await::follow_up::tests::join_waits_for_all_and_may_borrow`
//! - A spawned task must be `'static` (E0373 otherwise) and `Send`, runs without being awaited, and keeps
//!   running when its handle is dropped. Proof: `cargo test -p advanced --lib async_await::follow_up::tests::spawn_runs`
//! - `select!` cancels the losers by dropping them at their current `.await`: timeouts, shutdown, "first
//!   answer wins". Proof: `cargo test -p advanced --lib async_await::follow_up::tests::select_drops`
//! - In a `select!` loop, a branch must be cancel safe: `recv()` is, but a future that already took one
//!   message and waits for a second loses it when dropped. Proof: `cargo test -p advanced --lib cancel_safe`
//!
//! # Run it
//! `cargo run --bin spawn_join_select`: the stored output shows the virtual times; the `Guard` counts
//! show the losing branch was dropped, and the last lines what a cancelled branch loses.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - `select!` polls its branches in random order (fair); `biased;` polls them top to bottom, which
//!   makes the loops here deterministic and lets a shutdown branch take priority.
//! - The E0373 for a spawned future that borrows a local is `tests/ui/spawn_join_select/spawn_borrows_local.rs`.
//! - Cancel safe per tokio's `select!` docs: `mpsc::Receiver::recv`, `TcpListener::accept`, `read`; not
//!   cancel safe: `read_exact`, `write_all`, `Mutex::lock` (loses its place in the queue). Keep a
//!   non-cancel-safe future alive across iterations with `pin!` and `&mut fut` instead (Q24's follow-up).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::sleep;

use super::{paused_runtime, timed};

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

        // Cancellation safety: the same loop with a cancel-safe branch and with one that is not.
        println!("select! loop, recv() (cancel safe):        received {:?}", select_loop(true).await);
        println!("select! loop, recv_pair (not cancel safe): received {:?}", select_loop(false).await);
    });
}

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

/// Races a short branch against a long one.
// 50 against 200 virtual milliseconds.
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

/// Receives two values. Not cancel safe: dropped after its first `recv`, it loses that value.
pub async fn recv_pair(rx: &mut mpsc::Receiver<u32>) -> Option<(u32, u32)> {
    let a = rx.recv().await?;
    let b = rx.recv().await?;
    Some((a, b))
}

/// Sends 1, 2, 3, 4 with a pause after each, then closes the channel.
async fn send_slowly(tx: mpsc::Sender<u32>) {
    for v in 1..=4 {
        tx.send(v).await.expect("the receiver outlives the sender");
        sleep(Duration::from_millis(40)).await;
    }
}

/// A `select!` loop with a periodic tick, receiving through `recv()` (cancel safe) or through
/// [`recv_pair`] (not cancel safe). Returns the values that reached the loop body.
pub async fn select_loop(cancel_safe: bool) -> Vec<u32> {
    let (tx, mut rx) = mpsc::channel(8);
    let receive = async {
        let mut got = Vec::new();
        loop {
            // A new branch future each iteration: when the tick wins, the other branch is dropped.
            if cancel_safe {
                tokio::select! {
                    biased;
                    v = rx.recv() => match v {
                        Some(v) => got.push(v),
                        None => break,
                    },
                    () = sleep(Duration::from_millis(50)) => {}
                }
            } else {
                tokio::select! {
                    biased;
                    pair = recv_pair(&mut rx) => match pair {
                        Some((a, b)) => got.extend([a, b]),
                        None => break,
                    },
                    () = sleep(Duration::from_millis(50)) => {}
                }
            }
        }
        got
    };
    let ((), got) = tokio::join!(send_slowly(tx), receive);
    got
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
    async fn a_cancel_safe_branch_loses_nothing() {
        assert_eq!(select_loop(true).await, [1, 2, 3, 4]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_branch_that_is_not_cancel_safe_loses_what_it_had_taken() {
        // 1 and 2 arrive within one tick; 3 and 4 are each taken, then dropped with the branch.
        assert_eq!(select_loop(false).await, [1, 2]);
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
