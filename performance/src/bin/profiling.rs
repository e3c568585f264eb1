//! Q37 main example: `cargo run --bin profiling`. The code is in `performance/src/profiling.rs`.

// The example counts allocations, so this binary runs on the counting allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    performance::profiling::main();
}
