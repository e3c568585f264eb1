//! Q2 main example: `cargo run --bin mutability_shadowing`. The code is in `basics/src/mutability_shadowing.rs`.
fn main() {
    basics::mutability_shadowing::main();
}
