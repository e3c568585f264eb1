//! Q32 main example: `cargo run --bin c_interop`. The code is in `ffi/src/c_interop.rs`.
fn main() {
    ffi::c_interop::main();
}
