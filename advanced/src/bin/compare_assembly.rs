//! Q28 follow-up: `cargo run --bin compare_assembly`. The code is in `advanced/src/zero_cost/follow_up.rs`.
fn main() {
    advanced::zero_cost::follow_up::main();
}
