//! Q13 main example: `cargo run --bin lifetimes`. The code is in `intermediate/src/lifetimes.rs`.
fn main() {
    intermediate::lifetimes::main();
}
