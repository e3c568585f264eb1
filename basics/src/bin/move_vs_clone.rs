//! Q5 follow-up: `cargo run --bin move_vs_clone`. The code is in `basics/src/ownership/follow_up.rs`.

// The follow-up counts allocations, so this binary runs on the counting allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    basics::ownership::follow_up::main();
}
