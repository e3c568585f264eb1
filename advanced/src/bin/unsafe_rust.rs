//! Q21 main example: `cargo run --bin unsafe_rust`. The code is in `advanced/src/unsafe_rust.rs`.
fn main() {
    advanced::unsafe_rust::main();
}
