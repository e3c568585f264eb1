//! Q25: the heap cost of one spawned task, counted by the workspace's counting allocator (it has to be
//! this test binary's global allocator, hence a test file of its own).
use advanced::async_await::{fetch_user, paused_runtime, spawn_counting_allocations};

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
    // Figure for the pinned toolchain and tokio version, x86_64: see the module doc of async_await.
    assert_eq!((stats.allocations, stats.bytes), (1, 256));
}
