// A C string is not a `&str`: it may hold any bytes but NUL, UTF-8 or not, so Rust text is only
// reached through a checked conversion (`to_str`) or a lossy one (`to_string_lossy`).
use std::ffi::CStr;

fn takes_text(_: &str) {}

fn main() {
    let c: &CStr = c"hello";
    takes_text(c);
}
