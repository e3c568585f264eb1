//! Q26 main example: `cargo run --bin send_sync`. The code is in `advanced/src/send_sync.rs`.
fn main() {
    advanced::send_sync::main();
}
