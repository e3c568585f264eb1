//! Q9 follow-up: `cargo run --bin option_vs_null`. The code is in `basics/src/enums_match/follow_up.rs`.
fn main() {
    basics::enums_match::follow_up::main();
}
