//! Q21 follow-up: `cargo run --bin unsafe_fn_vs_block`. The code is in `advanced/src/unsafe_rust.rs`.
fn main() {
    advanced::unsafe_rust::follow_up::main();
}
