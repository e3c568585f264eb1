//! Q15 follow-up: `cargo run --bin iter_kinds`. The code is in `intermediate/src/iterators/follow_up.rs`.

// The follow-up counts the allocations of cloning vs moving items out, so it runs on the counting
// allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    intermediate::iterators::follow_up::main();
}
