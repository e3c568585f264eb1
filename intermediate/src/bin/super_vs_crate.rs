//! Q17 follow-up: `cargo run --bin super_vs_crate`. The code is in `intermediate/src/modules/follow_up.rs`.
fn main() {
    intermediate::modules::follow_up::main();
}
