//! Q23 follow-up: `cargo run --bin associated_type_bounds`. The code is in `advanced/src/associated_types.rs`.
fn main() {
    advanced::associated_types::follow_up::main();
}
