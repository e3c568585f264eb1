//! Q1 follow-up: `cargo run --bin ownership_vs_gc`. The code is in `basics/src/what_is_rust/follow_up.rs`.
fn main() {
    basics::what_is_rust::follow_up::main();
}
