//! Q26 follow-up: `cargo run --bin mutex_sync`. The code is in `advanced/src/send_sync/follow_up.rs`.
fn main() {
    advanced::send_sync::follow_up::main();
}
