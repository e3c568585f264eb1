//! Q11 follow-up: `cargo run --bin impl_vs_dyn`. The code is in `intermediate/src/traits/follow_up.rs`.
fn main() {
    intermediate::traits::follow_up::main();
}
