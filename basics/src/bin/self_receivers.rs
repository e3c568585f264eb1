//! Q8 follow-up: `cargo run --bin self_receivers`. The code is in `basics/src/structs/follow_up.rs`.
fn main() {
    basics::structs::follow_up::main();
}
