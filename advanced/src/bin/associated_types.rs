//! Q23 main example: `cargo run --bin associated_types`. The code is in `advanced/src/associated_types.rs`.
fn main() {
    advanced::associated_types::main();
}
