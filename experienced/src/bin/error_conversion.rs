//! Q30 follow-up: `cargo run --bin error_conversion`. The code is in `experienced/src/error_handling/follow_up.rs`.
fn main() {
    experienced::error_handling::follow_up::main();
}
