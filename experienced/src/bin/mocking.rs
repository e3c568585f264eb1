//! Q34 follow-up: `cargo run --bin mocking`. The code is in `experienced/src/testing/follow_up.rs`.
fn main() {
    experienced::testing::follow_up::main();
}
