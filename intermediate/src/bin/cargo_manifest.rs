//! Q18 main example: `cargo run --bin cargo_manifest`. The code is in `intermediate/src/cargo_manifest.rs`.
fn main() {
    intermediate::cargo_manifest::main();
}
