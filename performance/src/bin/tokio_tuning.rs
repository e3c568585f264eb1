//! Q39 main example: `cargo run --bin tokio_tuning`. The code is in `performance/src/tokio_tuning.rs`.
fn main() {
    performance::tokio_tuning::main();
}
