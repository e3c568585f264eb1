//! Q19 follow-up: `cargo run --bin refcell_and_mutex`. The code is in
//! `intermediate/src/smart_pointers/follow_up.rs`.
fn main() {
    intermediate::smart_pointers::follow_up::main();
}
