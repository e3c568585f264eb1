//! Q16 main example: `cargo run --bin collections`. The code is in `intermediate/src/collections.rs`.

// The example counts allocations (String keys and the entry API), so this binary runs on the counting
// allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    intermediate::collections::main();
}
