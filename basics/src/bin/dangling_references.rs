//! Q6 follow-up: `cargo run --bin dangling_references`. The code is in `basics/src/borrowing/follow_up.rs`.
fn main() {
    basics::borrowing::follow_up::main();
}
