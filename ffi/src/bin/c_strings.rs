//! Q32 follow-up: `cargo run --bin c_strings`. The code is in `ffi/src/c_interop/follow_up.rs`.
fn main() {
    ffi::c_interop::follow_up::main();
}
