//! Q35 main example: `cargo run --bin typestate`. The code is in `experienced/src/typestate.rs`.
fn main() {
    experienced::typestate::main();
}
