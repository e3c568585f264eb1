//! Q20 follow-up: `cargo run --bin refcell_or_restructure`. The code is in
//! `intermediate/src/interior_mutability/follow_up.rs`.
fn main() {
    intermediate::interior_mutability::follow_up::main();
}
