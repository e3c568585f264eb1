//! Q19 main example: `cargo run --bin smart_pointers`. The code is in `intermediate/src/smart_pointers.rs`.

// The example counts the allocations that `Arc` saves, so this binary runs on the counting allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    intermediate::smart_pointers::main();
}
