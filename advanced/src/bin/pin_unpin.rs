//! Q24 main example: `cargo run --bin pin_unpin`. The code is in `advanced/src/pin_unpin.rs`.
fn main() {
    advanced::pin_unpin::main();
}
