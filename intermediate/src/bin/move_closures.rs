//! Q14 follow-up: `cargo run --bin move_closures`. The code is in `intermediate/src/closures/follow_up.rs`.
fn main() {
    intermediate::closures::follow_up::main();
}
