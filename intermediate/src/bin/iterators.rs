//! Q15 main example: `cargo run --bin iterators`. The code is in `intermediate/src/iterators.rs`.

// The example counts the allocations of "collect twice" vs "collect once", so it runs on the counting
// allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    intermediate::iterators::main();
}
