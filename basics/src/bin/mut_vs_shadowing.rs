//! Q2 follow-up: `cargo run --bin mut_vs_shadowing`. The code is in `basics/src/mutability_shadowing.rs`.
fn main() {
    basics::mutability_shadowing::follow_up::main();
}
