//! Q25: the heap cost of one spawned task, and of `join!`, counted by the workspace's counting allocator
//! (it has to be this test binary's global allocator, hence a test file of its own).
use std::future::Future;
use std::pin::{Pin, pin};
use std::task::{Context, Poll, Waker};

use advanced::async_await::{fetch_user, paused_runtime, spawn_counting_allocations};
use basics::alloc_counter::count_allocations;

#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

#[test]
fn a_spawned_task_is_one_allocation_of_a_few_hundred_bytes() {
    let rt = paused_runtime();
    let stats = rt.block_on(async {
        let (handle, stats) = spawn_counting_allocations(fetch_user(42));
        assert_eq!(handle.await.unwrap(), "User#42");
        stats
    });
    // Figure for the pinned toolchain and tokio version, x86_64: see performance/CLAIMS.md row 18.
    assert_eq!((stats.allocations, stats.bytes), (1, 256));
}

/// A future that is pending once (asking to be polled again), then ready: it allocates nothing itself.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.0 {
            Poll::Ready(1)
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

#[test]
fn join_polls_both_futures_in_place_without_allocating() {
    let (result, stats) = count_allocations(|| {
        let mut joined = pin!(async { tokio::join!(YieldOnce(false), YieldOnce(false)) });
        let mut cx = Context::from_waker(Waker::noop());
        let mut polls = 0;
        loop {
            polls += 1;
            if let Poll::Ready(out) = joined.as_mut().poll(&mut cx) {
                break (out, polls);
            }
        }
    });
    // Both were pending on the first poll and ready on the second: concurrent, in one future.
    assert_eq!(result, ((1, 1), 2));
    assert_eq!(stats.allocations, 0, "join! itself needs no heap");
}
