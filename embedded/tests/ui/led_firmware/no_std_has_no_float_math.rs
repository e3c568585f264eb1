// The guide says `core` provides "math". It provides the arithmetic operators and a few float methods
// that need no library code (`abs`, `copysign`, `min`/`max`...), but not `sqrt`, `sin`, `powf` and
// friends: on std targets those call the platform's libm, and `core` has none. no_std firmware uses the
// `libm` or `micromath` crate for them. (The thumb target gives the same E0599; built for the host,
// which unwinds on panic, rustc also notes that unwinding needs std.)
#![no_std]
#![no_main]

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

pub fn magnitude(x: f32) -> f32 {
    x.abs() // ✅ in core
}

pub fn rms(mean_square: f32) -> f32 {
    mean_square.sqrt() // ❌ no method named `sqrt` found for type `f32`
}
