//! Q34 main example: `cargo run --bin testing`. The code is in `experienced/src/testing.rs`.
fn main() {
    experienced::testing::main();
}
