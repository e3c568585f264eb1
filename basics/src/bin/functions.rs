//! Q4 main example: `cargo run --bin functions`. The code is in `basics/src/functions.rs`.
fn main() {
    basics::functions::main();
}
