// The guide's mistake: a struct without `#[repr(C)]` crossing into C. rustc's FFI lints catch some of it
// (warnings by default, denied here): such a struct behind a pointer in a foreign function's signature
// (`improper_ctypes`) and by value in an exported one (`improper_ctypes_definitions`). They say nothing
// about an exported function that takes it behind a reference or pointer, the guide's
// `rust_distance(&Point, &Point)`, so the layouts are also asserted at run time (ffi::c_interop's tests
// and tests/c_program.rs, which compares them with what a C compiler gives).
#![deny(improper_ctypes, improper_ctypes_definitions)]

pub struct Point {
    pub x: f64,
    pub y: f64,
}

unsafe extern "C" {
    fn c_distance(p1: *const Point, p2: *const Point) -> f64; // error: `Point` is not FFI-safe
}

#[unsafe(no_mangle)]
pub extern "C" fn rust_norm(p: Point) -> f64 {
    // error: `Point` is not FFI-safe
    (p.x * p.x + p.y * p.y).sqrt()
}

#[unsafe(no_mangle)]
pub extern "C" fn rust_distance(p1: &Point, p2: &Point) -> f64 {
    // no lint: behind a reference, the missing `#[repr(C)]` goes unnoticed
    ((p2.x - p1.x).powi(2) + (p2.y - p1.y).powi(2)).sqrt()
}

fn main() {
    let p = Point { x: 3.0, y: 4.0 };
    // SAFETY: not reached; the declarations above do not compile.
    let _ = unsafe { c_distance(&p, &p) };
}
