//! Q38 follow-up: `cargo run --bin work_stealing`. The code is in `performance/src/rayon_parallelism/follow_up.rs`.
fn main() {
    performance::rayon_parallelism::follow_up::main();
}
