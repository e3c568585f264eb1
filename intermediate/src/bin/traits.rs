//! Q11 main example: `cargo run --bin traits`. The code is in `intermediate/src/traits.rs`.
fn main() {
    intermediate::traits::main();
}
