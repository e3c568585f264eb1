//! Q8 main example: `cargo run --bin structs`. The code is in `basics/src/structs.rs`.

// The example counts the allocations of two struct layouts, so it runs on the counting allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    basics::structs::main();
}
