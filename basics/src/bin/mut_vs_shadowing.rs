//! Q2 follow-up: `cargo run --bin mut_vs_shadowing`. The code is in `basics/src/mutability_shadowing/follow_up.rs`.
fn main() {
    basics::mutability_shadowing::follow_up::main();
}
