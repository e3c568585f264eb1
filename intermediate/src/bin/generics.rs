//! Q12 main example: `cargo run --bin generics`. The code is in `intermediate/src/generics.rs`.
fn main() {
    intermediate::generics::main();
}
