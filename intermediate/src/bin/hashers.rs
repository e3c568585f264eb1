//! Q16 follow-up: `cargo run --bin hashers`. The code is in `intermediate/src/collections/follow_up.rs`.
fn main() {
    intermediate::collections::follow_up::main();
}
