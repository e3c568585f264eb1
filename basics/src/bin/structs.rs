//! Q8 main example: `cargo run --bin structs`. The code is in `basics/src/structs.rs`.
fn main() {
    basics::structs::main();
}
