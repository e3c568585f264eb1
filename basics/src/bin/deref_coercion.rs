//! Q7 follow-up: `cargo run --bin deref_coercion`. The code is in `basics/src/string_vs_str/follow_up.rs`.
fn main() {
    basics::string_vs_str::follow_up::main();
}
