//! Q27 main example: `cargo run --bin macros`. The code is in `advanced/src/macros.rs`.
fn main() {
    advanced::macros::main();
}
