// Q34: the guide's `test_overflow` body. The compiler evaluates `255u8 + 1` itself and rejects it
// (the `arithmetic_overflow` lint is deny-by-default; it is denied explicitly here to make that visible),
// so the test never gets to panic. See `test_overflow` in src/testing.rs for the version that runs.
#![deny(arithmetic_overflow)]

fn main() {
    let _: u8 = 255u8 + 1; // ❌ this arithmetic operation will overflow
}
