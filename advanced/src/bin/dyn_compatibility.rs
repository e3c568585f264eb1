//! Q22 follow-up: `cargo run --bin dyn_compatibility`. The code is in `advanced/src/trait_objects.rs`.
fn main() {
    advanced::trait_objects::follow_up::main();
}
