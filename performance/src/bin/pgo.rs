//! Q40 follow-up: `cargo run --bin pgo`. The code is in `performance/src/build_profiles/follow_up.rs`.
fn main() {
    performance::build_profiles::follow_up::main();
}
