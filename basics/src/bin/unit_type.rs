//! Q4 follow-up: `cargo run --bin unit_type`. The code is in `basics/src/functions/follow_up.rs`.

// The follow-up counts allocations (a `Vec<()>` makes none), so this binary runs on the counting allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    basics::functions::follow_up::main();
}
