//! Q3 follow-up: `cargo run --bin usize_vs_u64`. The code is in `basics/src/data_types/follow_up.rs`.
fn main() {
    basics::data_types::follow_up::main();
}
