//! Q6 main example: `cargo run --bin borrowing`. The code is in `basics/src/borrowing.rs`.
fn main() {
    basics::borrowing::main();
}
