//! Q18 follow-up: `cargo run --bin cargo_features [--features verbose]`. The code is in
//! `intermediate/src/cargo_manifest/follow_up.rs`.
fn main() {
    intermediate::cargo_manifest::follow_up::main();
}
