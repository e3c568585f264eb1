//! Q13 follow-up: `cargo run --bin lifetime_elision`. The code is in `intermediate/src/lifetimes/follow_up.rs`.
fn main() {
    intermediate::lifetimes::follow_up::main();
}
