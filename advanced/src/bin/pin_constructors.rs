//! Q24 follow-up: `cargo run --bin pin_constructors`. The code is in `advanced/src/pin_unpin/follow_up.rs`.

// The follow-up counts the allocations of `Box::pin` vs `pin!`, so this binary runs on the counting
// allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    advanced::pin_unpin::follow_up::main();
}
