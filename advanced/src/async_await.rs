//! Q25 — async/await: an `async fn` returns a future that does nothing until it is polled; an executor
//! (here tokio) polls it; `join!` runs several futures concurrently inside one task.
//!
//! Run `cargo run --bin async_await`. Notice:
//! - **Lazy futures.** [`count_call`] bumps a counter when its body runs. Calling it only builds a
//!   future: the counter stays at 0 until the future is awaited. (Dropping a future without awaiting it
//!   is also a compiler warning, `unused_must_use`; the workspace denies that lint, see
//!   `tests/ui/async_await/future_not_awaited.rs`.)
//! - **Sequential vs `join!`.** The guide's `sequential` takes 250 ms (100 + 150) and `concurrent` 150 ms
//!   (the longer of the two). The binary runs on a current-thread runtime with tokio's *paused* clock
//!   (`start_paused(true)`), which jumps straight to the next timer instead of waiting, so the printed
//!   times are exact virtual milliseconds and the program finishes instantly. The same figures are
//!   asserted by `#[tokio::test(start_paused = true)]` tests below.
//! - **Sizes.** A future is a plain value whose size is known at compile time: the binary prints
//!   `size_of_val` of the guide's futures. Measured on 1.95.0 / tokio 1.54.1, x86_64 Linux:
//!   `fetch_user(1)` is 128 bytes (most of it tokio's `Sleep` timer entry), `fetch_orders(1)` 128 bytes,
//!   `sequential()` 160 bytes, `concurrent()` 296 bytes (`join!` keeps both child futures and their
//!   outputs side by side); the same in debug and release. `tokio::spawn` moves the future into one heap
//!   allocation (tokio's task cell: a header, the future — replaced by its output when it finishes — the
//!   scheduler handle and a trailer), aligned to 128 bytes on x86_64 to avoid false sharing between
//!   cache lines: 1 allocation of 256 bytes for `fetch_user(42)` (asserted with the counting allocator in
//!   `tests/task_size.rs`). Reproduce with `cargo run --bin async_await` and
//!   `cargo test -p advanced --test task_size`.
//!
//! The guide's `main` prints from inside `sequential`/`concurrent`; here they return their result so the
//! tests can check it, and `main` prints it. Its "~200 bytes per future vs ~8 KB per goroutine" figure:
//! the Rust side is measured above (a few hundred bytes, depending on what the future holds across
//! `.await`s); the Go side cannot be measured here, and Go's initial goroutine stack has been 2 KB (not
//! 8 KB) since Go 1.4. The Discord latency figures are anecdote, not something this code can check.
//!
//! Follow-up (spawn vs `join!` vs `select!`): [`follow_up`], `cargo run --bin spawn_join_select`.
#![forbid(unsafe_code)] // this question needs no unsafe code (the crate has some, for Q21)

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use basics::alloc_counter::{AllocStats, count_allocations};
use tokio::join;
use tokio::time::{Instant, sleep};

/// The guide's simulated I/O call: 100 ms.
pub async fn fetch_user(id: u32) -> String {
    sleep(Duration::from_millis(100)).await; // simulate I/O
    format!("User#{}", id)
}

/// The guide's second simulated I/O call: 150 ms.
pub async fn fetch_orders(user_id: u32) -> Vec<String> {
    sleep(Duration::from_millis(150)).await;
    vec![
        format!("Order#{}01", user_id),
        format!("Order#{}02", user_id),
    ]
}

/// One call after the other: 100 + 150 = 250 ms.
pub async fn sequential() -> (String, Vec<String>) {
    let user = fetch_user(1).await;
    let orders = fetch_orders(1).await;
    (user, orders)
}

/// Both calls at once in the same task: max(100, 150) = 150 ms.
pub async fn concurrent() -> (String, Vec<String>) {
    join!(fetch_user(1), fetch_orders(1))
}

/// Increments `calls` when — and only when — its body runs.
pub async fn count_call(calls: &AtomicUsize) -> usize {
    calls.fetch_add(1, Ordering::SeqCst) + 1
}

/// A current-thread runtime on tokio's paused clock: timers fire in virtual time, in order, instantly.
/// Used by both binaries of this question so that every printed duration is exact.
pub fn paused_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("a current-thread runtime with a paused clock can always be built")
}

/// Runs `f` and returns its output with the (virtual) time it took.
pub async fn timed<T>(f: impl Future<Output = T>) -> (T, Duration) {
    let start = Instant::now();
    let out = f.await;
    (out, start.elapsed())
}

pub fn main() {
    paused_runtime().block_on(async_main());
}

async fn async_main() {
    // 1. Futures are lazy.
    let calls = AtomicUsize::new(0);
    let future = count_call(&calls); // builds the state machine, runs nothing
    println!(
        "after calling count_call(): body ran {} time(s)",
        calls.load(Ordering::SeqCst)
    );
    // count_call(&calls); // ❌ unused future: tests/ui/async_await/future_not_awaited.rs
    let n = future.await; // the executor polls it now
    println!("after .await:              body ran {n} time(s)");

    // 2. Sequential vs concurrent, in virtual time.
    let ((user, orders), took) = timed(sequential()).await;
    println!("{}: {:?}", user, orders);
    println!("sequential took {took:?}");
    let ((user, orders), took) = timed(concurrent()).await;
    println!("{}: {:?}", user, orders);
    println!("concurrent took {took:?}");

    // 3. Spawning an independent task.
    let handle = tokio::spawn(async { fetch_user(42).await });
    let result = handle.await.unwrap();
    println!("Spawned: {}", result);

    // 4. A future is a value of a size known at compile time.
    println!(
        "size_of_val(fetch_user(1))   = {} bytes",
        size_of_val(&fetch_user(1))
    );
    println!(
        "size_of_val(fetch_orders(1)) = {} bytes",
        size_of_val(&fetch_orders(1))
    );
    println!(
        "size_of_val(sequential())    = {} bytes",
        size_of_val(&sequential())
    );
    println!(
        "size_of_val(concurrent())    = {} bytes",
        size_of_val(&concurrent())
    );
    let (handle, stats) = spawn_counting_allocations(fetch_user(42));
    handle.await.unwrap();
    println!(
        "tokio::spawn(fetch_user(42)) = {} allocation(s), {} bytes (the task cell: header + future + trailer)",
        stats.allocations, stats.bytes
    );
}

/// Spawns `fut` and reports the heap allocations `tokio::spawn` made for it. Needs the counting
/// allocator (`basics::alloc_counter`) as the program's global allocator, and a running runtime.
pub fn spawn_counting_allocations<F>(fut: F) -> (tokio::task::JoinHandle<F::Output>, AllocStats)
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    count_allocations(|| tokio::spawn(fut))
}

pub mod follow_up;

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_future_runs_only_when_awaited() {
        let calls = AtomicUsize::new(0);
        let first = count_call(&calls);
        let second = count_call(&calls);
        assert_eq!(
            calls.load(Ordering::SeqCst),
            0,
            "creating futures runs nothing"
        );
        drop(first); // dropped without being polled: its body never runs
        assert_eq!(second.await, 1);
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn sequential_takes_250ms_of_virtual_time() {
        let start = Instant::now();
        let (user, orders) = sequential().await;
        assert_eq!(start.elapsed(), Duration::from_millis(250));
        assert_eq!(user, "User#1");
        assert_eq!(orders, ["Order#101", "Order#102"]);
    }

    #[tokio::test(start_paused = true)]
    async fn join_takes_the_longest_not_the_sum() {
        let start = Instant::now();
        let result = concurrent().await;
        assert_eq!(start.elapsed(), Duration::from_millis(150));
        let orders = vec!["Order#101".to_string(), "Order#102".to_string()];
        assert_eq!(result, ("User#1".to_string(), orders));
    }

    #[test]
    fn the_binary_runtime_reports_exact_virtual_times() {
        let rt = paused_runtime();
        let (_, seq) = rt.block_on(timed(sequential()));
        let (_, conc) = rt.block_on(timed(concurrent()));
        assert_eq!(
            (seq, conc),
            (Duration::from_millis(250), Duration::from_millis(150))
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_spawned_task_returns_through_its_join_handle() {
        let handle = tokio::spawn(fetch_user(42));
        assert_eq!(handle.await.unwrap(), "User#42");
    }

    #[test]
    fn future_sizes_are_a_few_hundred_bytes() {
        // Figures for the pinned toolchain and tokio version (see the module doc); a change in either
        // shows up here first.
        assert_eq!(size_of_val(&fetch_user(1)), 128);
        assert_eq!(size_of_val(&fetch_orders(1)), 128);
        assert_eq!(size_of_val(&sequential()), 160);
        assert_eq!(size_of_val(&concurrent()), 296);
        // A future that awaits nothing holds only its arguments.
        let calls = AtomicUsize::new(0);
        assert_eq!(size_of_val(&count_call(&calls)), 16);
    }
}
