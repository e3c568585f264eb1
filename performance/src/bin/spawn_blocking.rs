//! Q39 follow-up: `cargo run --bin spawn_blocking`. The code is in `performance/src/tokio_tuning/follow_up.rs`.
fn main() {
    performance::tokio_tuning::follow_up::main();
}
