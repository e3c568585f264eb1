//! Q27 follow-up: `cargo run --bin derive_macros`. The code is in `advanced/src/macros/follow_up.rs`.
fn main() {
    advanced::macros::follow_up::main();
}
