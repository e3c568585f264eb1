//! Q5 main example: `cargo run --bin ownership`. The code is in `basics/src/ownership.rs`.
fn main() {
    basics::ownership::main();
}
