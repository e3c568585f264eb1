//! Q40 main example: `cargo run --bin build_profiles`. The code is in `performance/src/build_profiles.rs`.
fn main() {
    performance::build_profiles::main();
}
