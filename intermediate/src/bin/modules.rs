//! Q17 main example: `cargo run --bin modules`. The code is in `intermediate/src/modules.rs`.
fn main() {
    intermediate::modules::main();
}
