//! Q20 main example: `cargo run --bin interior_mutability`. The code is in
//! `intermediate/src/interior_mutability.rs`.
fn main() {
    intermediate::interior_mutability::main();
}
