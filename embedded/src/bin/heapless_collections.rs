//! Q33 follow-up: `cargo run --bin heapless_collections`. The code is in
//! `embedded/src/led_firmware/follow_up.rs`.

// The follow-up counts allocations (there should be none), so this binary runs on the counting allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    embedded::led_firmware::follow_up::main();
}
