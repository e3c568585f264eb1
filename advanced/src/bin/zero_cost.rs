//! Q28 main example: `cargo run --bin zero_cost`. The code is in `advanced/src/zero_cost.rs`.
fn main() {
    advanced::zero_cost::main();
}
