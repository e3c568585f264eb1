//! Q1 main example: `cargo run --bin what_is_rust`. The code is in `basics/src/what_is_rust.rs`.
fn main() {
    basics::what_is_rust::main();
}
