// The guide's `extern "C" { ... }` block. Since edition 2024 a foreign block must be written
// `unsafe extern "C"`: declaring a foreign signature is a promise the compiler cannot check.
#[link(name = "m")]
extern "C" {
    fn sqrt(x: f64) -> f64;
}

fn main() {
    // SAFETY: not reached; the block above does not compile.
    let _ = unsafe { sqrt(4.0) };
}
