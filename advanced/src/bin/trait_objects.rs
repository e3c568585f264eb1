//! Q22 main example: `cargo run --bin trait_objects`. The code is in `advanced/src/trait_objects.rs`.
fn main() {
    advanced::trait_objects::main();
}
