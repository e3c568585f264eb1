//! Q14 main example: `cargo run --bin closures`. The code is in `intermediate/src/closures.rs`.
fn main() {
    intermediate::closures::main();
}
