//! Q35 follow-up: `cargo run --bin phantom_data`. The code is in `experienced/src/typestate/follow_up.rs`.
fn main() {
    experienced::typestate::follow_up::main();
}
