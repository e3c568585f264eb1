//! Q36 main example: `cargo run --bin benchmarking`. The code is in `performance/src/benchmarking.rs`.
fn main() {
    performance::benchmarking::main();
}
