//! Q12 follow-up: `cargo run --bin monomorphization`. The code is in `intermediate/src/generics/follow_up.rs`.
fn main() {
    intermediate::generics::follow_up::main();
}
