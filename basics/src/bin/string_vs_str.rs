//! Q7 main example: `cargo run --bin string_vs_str`. The code is in `basics/src/string_vs_str.rs`.

// The example counts the allocations of `String` vs `&str` parameters, so it runs on the counting allocator.
#[global_allocator]
static ALLOC: basics::alloc_counter::CountingAllocator = basics::alloc_counter::CountingAllocator;

fn main() {
    basics::string_vs_str::main();
}
