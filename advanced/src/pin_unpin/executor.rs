//! Support for Q24's futures: a tiny executor that counts polls and wakes, so the tests can assert how
//! much work a future made (never how long it took). Not part of the lesson, but short enough to read:
//! it pins the future on its own stack frame (`pin!`) and polls it through `Pin<&mut F>`.

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::task::{Context, Poll, Wake, Waker};

/// The executor's waker: counts wakes and unparks the executor thread.
#[derive(Default)]
struct Signal {
    woken: Mutex<bool>,
    condvar: Condvar,
    wakes: AtomicUsize,
}

impl Wake for Signal {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.wakes.fetch_add(1, Ordering::SeqCst);
        *self.woken.lock().expect("signal lock poisoned") = true;
        self.condvar.notify_one();
    }
}

/// How much work the executor did for one future.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExecStats {
    pub polls: usize,
    pub wakes: usize,
}

/// A minimal executor: polls `future`, and between polls sleeps until the waker is called.
/// Returns the output and how many polls and wakes it took.
pub fn block_on<F: Future>(future: F) -> (F::Output, ExecStats) {
    // Pin the future on this stack frame: it is never moved again while we poll it.
    let mut future = std::pin::pin!(future);
    let signal = Arc::new(Signal::default());
    let waker = Waker::from(Arc::clone(&signal));
    let mut cx = Context::from_waker(&waker);
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            let wakes = signal.wakes.load(Ordering::SeqCst);
            return (output, ExecStats { polls, wakes });
        }
        // Sleep until woken (the loop also absorbs spurious condvar wake-ups).
        let mut woken = signal.woken.lock().expect("signal lock poisoned");
        while !*woken {
            woken = signal.condvar.wait(woken).expect("signal lock poisoned");
        }
        *woken = false;
    }
}

/// Polls `future` up to `max_polls` times with a waker that only counts, never sleeping. Returns
/// whether it finished and the counts. Used to show that the guide's `Delay` never finishes.
pub fn poll_at_most<F: Future>(future: F, max_polls: usize) -> (bool, ExecStats) {
    let mut future = std::pin::pin!(future);
    let signal = Arc::new(Signal::default());
    let waker = Waker::from(Arc::clone(&signal));
    let mut cx = Context::from_waker(&waker);
    for polls in 1..=max_polls {
        if future.as_mut().poll(&mut cx).is_ready() {
            let wakes = signal.wakes.load(Ordering::SeqCst);
            return (true, ExecStats { polls, wakes });
        }
    }
    let wakes = signal.wakes.load(Ordering::SeqCst);
    (
        false,
        ExecStats {
            polls: max_polls,
            wakes,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_on_runs_ready_futures_in_one_poll() {
        let (value, stats) = block_on(async { 6 * 7 });
        assert_eq!(value, 42);
        assert_eq!(stats, ExecStats { polls: 1, wakes: 0 });
    }
}
