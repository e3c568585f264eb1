//! Q36 follow-up: `cargo run --bin bench_regressions`. The code is in `performance/src/benchmarking/follow_up.rs`.
fn main() {
    performance::benchmarking::follow_up::main();
}
