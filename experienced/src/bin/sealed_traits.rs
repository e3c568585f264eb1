//! Q29 follow-up: `cargo run --bin sealed_traits`. The code is in `experienced/src/api_design.rs`.
fn main() {
    experienced::api_design::follow_up::main();
}
