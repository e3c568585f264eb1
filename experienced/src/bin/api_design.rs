//! Q29 main example: `cargo run --bin api_design`. The code is in `experienced/src/api_design.rs`.
fn main() {
    experienced::api_design::main();
}
