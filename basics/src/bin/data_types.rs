//! Q3 main example: `cargo run --bin data_types`. The code is in `basics/src/data_types.rs`.
fn main() {
    basics::data_types::main();
}
