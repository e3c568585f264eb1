//! Q9 main example: `cargo run --bin enums_match`. The code is in `basics/src/enums_match.rs`.
fn main() {
    basics::enums_match::main();
}
