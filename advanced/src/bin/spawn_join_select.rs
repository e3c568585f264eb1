//! Q25 follow-up: `cargo run --bin spawn_join_select`. The code is in `advanced/src/async_await/follow_up.rs`.
fn main() {
    advanced::async_await::follow_up::main();
}
