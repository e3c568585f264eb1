//! Q25 main example: `cargo run --bin async_await`. The code is in `advanced/src/async_await.rs`.

// The example measures the heap cost of a spawned task, so this binary runs on the counting allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    advanced::async_await::main();
}
