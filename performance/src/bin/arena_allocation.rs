//! Q37 follow-up: `cargo run --bin arena_allocation`. The code is in `performance/src/profiling/follow_up.rs`.

// The follow-up counts allocations, so this binary runs on the counting allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    performance::profiling::follow_up::main();
}
