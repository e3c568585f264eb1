//! Q30 main example: `cargo run --bin error_handling`. The code is in `experienced/src/error_handling.rs`.
fn main() {
    experienced::error_handling::main();
}
