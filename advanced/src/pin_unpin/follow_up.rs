//! **Q24 follow-up · `Box::pin` vs `Pin::new`, and `pin!`.** `Pin::new` is a free wrapper for `Unpin`
//! values only; `Box::pin` pins anything by moving it to the heap; `pin!` pins on the stack, for a
//! `!Unpin` future you poll by reference inside one function.
//!
//! - `Pin::new(&mut x)` needs `T: Unpin` and promises nothing; on an `async fn` future it is E0277.
//!   Proof: `cargo test -p advanced --test compile_fail`
//! - `Box::pin(x)` works for every type: one heap allocation, an owned handle that can be returned and
//!   stored (`Vec<Pin<Box<dyn Future<Output = T>>>>`). Proof: `cargo run --bin pin_constructors`
//! - `std::pin::pin!` (since 1.68) and `tokio::pin!` allocate nothing, and the pin cannot leave the
//!   function (E0515). Proof: `cargo test -p advanced --test compile_fail`
//! - You need `pin!` to poll one `!Unpin` future repeatedly by reference, e.g. `&mut sleep` in a
//!   `select!` loop: unpinned, that is E0277. Proof: `cargo test -p advanced --lib pin_unpin::follow_up`
//!
//! # Run it
//! `cargo run --bin pin_constructors`: 1 allocation for `Box::pin`, 0 for `pin!`, then a `select!` loop on
//! tokio's paused clock, so its virtual times are exact.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - `tokio::pin!(sleep)` rebinds the identifier in place (it shadows `sleep` with a `Pin<&mut Sleep>`);
//!   `std::pin::pin!` is an expression, `let sleep = pin!(tokio::time::sleep(d));`. The effect is the
//!   same; new code can use the std one.
//! - `Pin::new_unchecked` is the `unsafe` escape hatch: *you* promise the value never moves again.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use basics::alloc_counter::count_allocations;

use super::Delay;
use super::executor::block_on;

pub fn main() {
    // Pin::new: Unpin types only, no allocation, nothing promised.
    let mut ready = Ready(7);
    let (value, _) = block_on(Pin::new(&mut ready)); // `Pin<&mut Ready>` is itself a future
    println!(
        "Pin::new(&mut Ready(7)) polled to {value}; Ready is Unpin, so `ready` may still move"
    );
    let mut delay = Delay::new(Duration::from_millis(1));
    let ((), stats) = block_on(Pin::new(&mut delay));
    println!(
        "Pin::new(&mut Delay) completed in {} polls (Delay is Unpin too)",
        stats.polls
    );
    // Pin::new(&mut async { 1 }); // ❌ E0277 — tests/ui/pin_constructors/pin_new_requires_unpin.rs

    // Box::pin vs pin!: both pin a !Unpin future; one allocates, one does not.
    let (boxed, stack) = allocations_box_pin_vs_pin_macro();
    println!(
        "Box::pin(async {{..}}):        {boxed} heap allocation(s), can be returned and stored"
    );
    println!(
        "std::pin::pin!(async {{..}}):  {stack} heap allocation(s), lives in this stack frame"
    );

    // pin! in a select! loop.
    match paused_runtime() {
        Ok(rt) => {
            for line in rt.block_on(ticks_until_deadline(
                Duration::from_millis(100),
                Duration::from_millis(350),
            )) {
                println!("select! loop with tokio::pin!(sleep): {line}");
            }
        }
        Err(e) => println!("error: could not start the tokio runtime: {e}"),
    }
}

/// An `Unpin` future: `Pin::new` is enough to poll it.
pub struct Ready(pub u32);

impl Future for Ready {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        Poll::Ready(self.0)
    }
}

/// Heap allocations made by `Box::pin` and by `std::pin::pin!` for the same `!Unpin` future.
/// Needs `basics::alloc_counter::CountingAllocator` as the global allocator (the binary installs it).
pub fn allocations_box_pin_vs_pin_macro() -> (usize, usize) {
    let (_, boxed) = count_allocations(|| {
        let fut = Box::pin(async { 1_u32 });
        std::hint::black_box(&fut);
    });
    let (_, stack) = count_allocations(|| {
        let fut = std::pin::pin!(async { 1_u32 });
        std::hint::black_box(&fut);
    });
    (boxed.allocations, stack.allocations)
}

/// A `select!` loop that keeps polling ONE deadline future by reference, on tokio's paused clock.
/// Returns the lines it prints.
pub async fn ticks_until_deadline(tick: Duration, deadline: Duration) -> Vec<String> {
    let start = tokio::time::Instant::now();
    let sleep = tokio::time::sleep(deadline); // `Sleep` is !Unpin
    tokio::pin!(sleep); // shadows `sleep` with a `Pin<&mut Sleep>` on this stack frame
    let mut lines = Vec::new();
    loop {
        tokio::select! {
            // `&mut sleep` polls the same deadline every iteration instead of creating a new one.
            () = &mut sleep => {
                lines.push(format!("deadline at {} ms", start.elapsed().as_millis()));
                break;
            }
            () = tokio::time::sleep(tick) => {
                lines.push(format!("tick at {} ms", start.elapsed().as_millis()));
            }
        }
    }
    lines
}

/// A current-thread tokio runtime whose clock is paused: time advances only when every task waits.
pub fn paused_runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_new_polls_unpin_futures() {
        let mut ready = Ready(3);
        assert_eq!(block_on(Pin::new(&mut ready)).0, 3);
        assert_eq!(ready.0, 3); // still usable, and movable, afterwards
    }

    #[test]
    fn box_pin_makes_an_owned_movable_handle() {
        let futures: Vec<Pin<Box<dyn Future<Output = u32>>>> =
            vec![Box::pin(async { 1 }), Box::pin(Ready(2))];
        let total: u32 = futures.into_iter().map(|f| block_on(f).0).sum();
        assert_eq!(total, 3);
    }

    // Tokio's runtime uses epoll even for timers; not under Miri.
    #[cfg(not(miri))]
    #[test]
    fn the_deadline_is_polled_once_per_iteration_not_recreated() {
        let lines = paused_runtime().unwrap().block_on(ticks_until_deadline(
            Duration::from_millis(100),
            Duration::from_millis(350),
        ));
        assert_eq!(
            lines,
            [
                "tick at 100 ms",
                "tick at 200 ms",
                "tick at 300 ms",
                "deadline at 350 ms"
            ]
        );
    }
}
