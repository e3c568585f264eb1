//! **Q25 · async/await.** An `async fn` returns a future, a state machine that does nothing until an
//! executor (here tokio) polls it; `join!` runs several futures concurrently in one task.
//!
//! - Futures are lazy: calling [`count_call`] builds its future and runs nothing until it is awaited.
//!   Proof: `cargo test -p advanced --lib async_await::tests::a_future_runs_only_when_awaited`
//! - Each `async fn` compiles to a state machine whose size is known at compile time: a few hundred
//!   bytes, not a thread stack. Proof: `cargo test -p advanced --lib async_await::tests::future_sizes`
//! - Awaiting one call after the other adds the waits; `join!` takes the longest (on tokio's paused
//!   clock, exactly). Proof: `cargo test -p advanced --lib async_await::tests`
//! - `tokio::spawn` puts the future in one heap allocation (the task); `join!` itself allocates nothing.
//!   Proof: `cargo test -p advanced --test task_size`
//! - A future called as a statement and never awaited is the `unused_must_use` warning (denied here).
//!   Proof: `cargo test -p advanced --test compile_fail`
//!
//! # Run it
//! `cargo run --bin async_await`: the body runs 0 times before `.await`; the stored output shows the
//! virtual times, the future sizes and the task's allocation.
//!
//! # Differences from the guide
//! - Results returned, times on a paused clock: [ERRATA.md, Q25](../../ERRATA.md#q25).
//! - Future sizes measured; Go's stack starts at 2 KB: [ERRATA.md, Q25](../../ERRATA.md#q25).
//!
//! # More to explore
//! - Only an expression statement triggers the lint: rustc says nothing about `drop(fut)` or
//!   `let _ = fut;` (clippy's `let_underscore_future` catches the second), and the dropped future's body
//!   never runs (the first test drops one).
//! - The paused clock (`start_paused(true)`) jumps straight to the next timer instead of waiting, so
//!   the program finishes instantly and `#[tokio::test(start_paused = true)]` tests assert exact times.
//! - Sizes: `join!` keeps both child futures and their outputs side by side, so `concurrent()` is the
//!   largest; most of `fetch_user` is tokio's `Sleep` timer entry. The figures are asserted in debug and in
//!   release (`cargo test --release -p advanced --lib`) for the pinned toolchain and tokio, and recorded in
//!   `performance/CLAIMS.md` rows 16-18.
//! - The task cell is tokio's header, the future (then its output) and a trailer, aligned to 128 bytes on
//!   x86_64 to keep two tasks off one cache line.
//!
//! # Follow-up
//! What is the difference between `tokio::spawn` and `join!`? When would you use `select!`?
//! [`follow_up`], `cargo run --bin spawn_join_select`.
#![forbid(unsafe_code)] // this question needs no unsafe code (the crate has some, for Q21)

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use basics::alloc_counter::{AllocStats, count_allocations};
use tokio::join;
use tokio::time::{Instant, sleep};

pub mod follow_up;

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
    // count_call(&calls); // ❌ unused future (unused_must_use): tests/ui/async_await/future_not_awaited.rs
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

/// The guide's simulated I/O call.
pub async fn fetch_user(id: u32) -> String {
    sleep(Duration::from_millis(100)).await; // simulate I/O
    format!("User#{}", id)
}

/// The guide's second simulated I/O call, longer than the first.
pub async fn fetch_orders(user_id: u32) -> Vec<String> {
    sleep(Duration::from_millis(150)).await; // simulate I/O
    vec![
        format!("Order#{}01", user_id),
        format!("Order#{}02", user_id),
    ]
}

/// One call after the other: the waits add up.
// 100 + 150 = 250 virtual milliseconds.
pub async fn sequential() -> (String, Vec<String>) {
    let user = fetch_user(1).await;
    let orders = fetch_orders(1).await;
    (user, orders)
}

/// Both calls at once in the same task: the longer wait decides.
// max(100, 150) = 150 virtual milliseconds.
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

/// Spawns `fut` and reports the heap allocations `tokio::spawn` made for it. Needs the counting
/// allocator (`basics::alloc_counter`) as the program's global allocator, and a running runtime.
pub fn spawn_counting_allocations<F>(fut: F) -> (tokio::task::JoinHandle<F::Output>, AllocStats)
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    count_allocations(|| tokio::spawn(fut))
}

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
        // Figures for the pinned toolchain and tokio version (Cargo.lock), in debug and release alike
        // (`cargo test --release` runs this too); a change in either shows up here first.
        assert_eq!(size_of_val(&fetch_user(1)), 128);
        assert_eq!(size_of_val(&fetch_orders(1)), 128);
        assert_eq!(size_of_val(&sequential()), 160);
        assert_eq!(size_of_val(&concurrent()), 296);
        // A future that awaits nothing holds only its arguments.
        let calls = AtomicUsize::new(0);
        assert_eq!(size_of_val(&count_call(&calls)), 16);
    }
}
