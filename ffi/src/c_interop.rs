//! Q32 — FFI: Rust calling C (the C math library's `sqrt` and `pow`) and C calling Rust
//! (`rust_distance` and friends, exported with C names and the C calling convention).
//!
//! Run `cargo run --bin c_interop`. The first two lines are the guide's output; the rest shows what the
//! guide only states: C's `sqrt` of a negative number, a NULL pointer handed to an exported function, and
//! the memory layout that `#[repr(C)]` fixes.
//!
//! The C side is real C: `ffi/c/main.c` includes `ffi/c/ffi.h` (the header for everything exported here)
//! and links `target/<profile>/libffi.a`, the static library this crate also builds
//! (`crate-type = ["rlib", "staticlib"]`). `cargo test -p ffi --test c_program` compiles it with the
//! system C compiler, runs it (under valgrind memcheck when installed, always in CI) and checks its output
//! and the layouts C reports; `tests/header_sync.rs` checks the header against the Rust signatures.
//!
//! Where this differs from the guide:
//! - The guide writes `extern "C" { ... }` and `#[no_mangle]`. In edition 2024 both are errors
//!   (`tests/ui/c_interop/extern_block_without_unsafe.rs`, `no_mangle_without_unsafe.rs`): the block is
//!   `unsafe extern "C"` because declaring a foreign signature is a promise the compiler cannot check
//!   (declare `sqrt` as taking an `f32` and every call is undefined behaviour), and `#[unsafe(no_mangle)]`
//!   because an exported symbol name can clash with another one at link time.
//! - The guide's `safe_sqrt` comment says `sqrt` is only well-defined for non-negative inputs. It is not
//!   undefined for negative ones: C's `sqrt(-1.0)` returns NaN, and the output shows it. Because `sqrt`
//!   has no precondition at all, it is declared `safe fn` inside the `unsafe extern` block and called
//!   without `unsafe`; `pow` keeps the default (unsafe to call) to show the other form, and calling it
//!   outside `unsafe` is error E0133 (`tests/ui/c_interop/call_foreign_fn_without_unsafe.rs`). The wrapper
//!   [`safe_sqrt`] exists for the API, not for safety: it turns the NaN a caller could miss into `None`.
//! - The guide's `rust_distance` takes `&Point`. A C caller can pass NULL, and a NULL `&Point` is
//!   undefined behaviour before the function body even runs. Here it takes `Option<&Point>` — same ABI
//!   as a pointer, with NULL arriving as `None` — and returns NaN for it; `ffi/c/main.c` passes NULL to
//!   prove it.
//! - The guide prints `Distance: 5.0` in its comment; `{}` prints an `f64` that has no fractional part
//!   as `5`, which is what the stored output shows (`{:?}` would print `5.0`).
//!
//! The layout figures are measured and asserted (`cargo test -p ffi`): `Point` is 16 bytes with `y` at
//! offset 8 in Rust and in C; `Unordered { a: u8, b: u32, c: u8 }` is 8 bytes in Rust's default layout
//! (which puts `b` first) but 12 bytes in C's order, so a C reader of a Rust-layout value would look for
//! `a` where Rust stored `b`.
//!
//! The compiler catches the guide's common mistake (no `#[repr(C)]`) only in part
//! (`tests/ui/c_interop/struct_without_repr_c.rs`): the `improper_ctypes` and
//! `improper_ctypes_definitions` lints (warnings by default) flag such a struct behind a pointer in a
//! foreign function's signature and by value in an exported one, but not behind a reference or pointer
//! in an exported function, which is exactly the guide's `rust_distance(&Point, &Point)`. That is why
//! the layouts above are asserted, and compared with a C compiler's by `tests/c_program.rs`.
//!
//! The unit tests that do not call into C (NULL handling, layouts, the `rust_greeting` /
//! `rust_string_free` ownership round trip) also run under Miri in CI:
//! `cargo +nightly-2026-05-20 miri test -p ffi --lib` (the others are `cfg(not(miri))`: Miri cannot
//! execute foreign code).
//!
//! Follow-up (CStr vs CString): [`follow_up`], `cargo run --bin c_strings`.

pub mod follow_up;

use libc::{c_double, c_int};
use std::mem::{offset_of, size_of};

// Edition 2024: the block itself is `unsafe` — the programmer vouches that these signatures match the
// C library's. The guide's plain `extern "C" {` is rejected (tests/ui/c_interop/extern_block_without_unsafe.rs).
// std already links libm on Linux; the attribute documents where the symbols come from.
#[link(name = "m")]
unsafe extern "C" {
    /// C's `sqrt`: defined for every `double` (NaN for negative input), so it is safe to call.
    pub safe fn sqrt(x: c_double) -> c_double;
    /// C's `pow`, left unsafe to call (the default) to show the other form; it could be `safe` too.
    pub fn pow(base: c_double, exp: c_double) -> c_double;
}

/// A point with C's layout: `x` at offset 0, `y` at offset 8, 16 bytes — `struct Point` in `ffi/c/ffi.h`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Distance between two points, callable from C as `double rust_distance(const Point *, const Point *)`.
///
/// `Option<&Point>` has the ABI of a plain pointer, with NULL as `None`, so a NULL from C is a defined
/// case (the result is NaN) instead of undefined behaviour. A non-NULL pointer must point to a valid
/// `Point`: that part of the contract is C's to keep, as for any C function taking a pointer.
#[unsafe(no_mangle)]
pub extern "C" fn rust_distance(p1: Option<&Point>, p2: Option<&Point>) -> c_double {
    let (Some(p1), Some(p2)) = (p1, p2) else {
        return c_double::NAN;
    };
    let dx = p2.x - p1.x;
    let dy = p2.y - p1.y;
    sqrt(dx * dx + dy * dy)
}

/// Square root for C callers, with a status code in the C style: `0` and `*out` written on success,
/// [`SQRT_DOMAIN_ERROR`] for a negative or NaN input, [`SQRT_NULL_OUT`] when `out` is NULL.
#[unsafe(no_mangle)]
pub extern "C" fn rust_safe_sqrt(x: c_double, out: Option<&mut c_double>) -> c_int {
    let Some(out) = out else {
        return SQRT_NULL_OUT;
    };
    match safe_sqrt(x) {
        Some(root) => {
            *out = root;
            0
        }
        None => SQRT_DOMAIN_ERROR,
    }
}

/// Status of [`rust_safe_sqrt`] for a negative or NaN input.
pub const SQRT_DOMAIN_ERROR: c_int = 1;
/// Status of [`rust_safe_sqrt`] when the output pointer is NULL.
pub const SQRT_NULL_OUT: c_int = 2;

/// The square root, or `None` where it is not a real number (negative input, or NaN).
///
/// C's `sqrt` would return NaN for those; `None` makes the caller handle the case instead of carrying
/// a NaN along.
pub fn safe_sqrt(x: f64) -> Option<f64> {
    // NaN compares false with everything, so `x < 0.0` alone would let it through.
    if x.is_nan() || x < 0.0 {
        None
    } else {
        Some(sqrt(x))
    }
}

/// `base` to the power `exp` through C's `pow`.
pub fn power(base: f64, exp: f64) -> f64 {
    // SAFETY: `pow` is declared with libm's exact signature (two doubles in, one out) and has no
    // precondition on its arguments; every input, NaN and infinities included, gives a defined result.
    unsafe { pow(base, exp) }
}

/// The same three fields in Rust's default layout, which the compiler may reorder: today it puts `b`
/// first and packs `a` and `c` after it, 8 bytes in all.
#[derive(Debug, Clone, Copy)]
pub struct Unordered {
    pub a: u8,
    pub b: u32,
    pub c: u8,
}

/// The same fields with `#[repr(C)]`: declaration order, C's padding, 12 bytes — `struct Unordered` in
/// `ffi/c/main.c`.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct UnorderedC {
    pub a: u8,
    pub b: u32,
    pub c: u8,
}

/// Size and field offsets of a three-field struct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout3 {
    pub size: usize,
    pub offsets: [usize; 3],
}

/// Layout of [`Unordered`] as this compiler lays it out.
pub fn rust_layout() -> Layout3 {
    Layout3 {
        size: size_of::<Unordered>(),
        offsets: [
            offset_of!(Unordered, a),
            offset_of!(Unordered, b),
            offset_of!(Unordered, c),
        ],
    }
}

/// Layout of [`UnorderedC`], which must equal what a C compiler gives `struct Unordered`.
pub fn c_layout() -> Layout3 {
    Layout3 {
        size: size_of::<UnorderedC>(),
        offsets: [
            offset_of!(UnorderedC, a),
            offset_of!(UnorderedC, b),
            offset_of!(UnorderedC, c),
        ],
    }
}

/// For each field C expects (a, b, c), the Rust-layout field stored at that offset, if any: what a C
/// reader would really get from a value passed without `#[repr(C)]`.
pub fn what_c_would_read() -> [Option<&'static str>; 3] {
    const NAMES: [&str; 3] = ["a", "b", "c"];
    let rust = rust_layout();
    c_layout().offsets.map(|c_offset| {
        (0..3)
            .find(|&i| rust.offsets[i] == c_offset)
            .map(|i| NAMES[i])
    })
}

pub fn main() {
    let result = safe_sqrt(144.0);
    println!("sqrt(144) = {:?}", result);

    let p1 = Point { x: 0.0, y: 0.0 };
    let p2 = Point { x: 3.0, y: 4.0 };
    let dist = rust_distance(Some(&p1), Some(&p2));
    // `{}` prints 5, not the guide's 5.0: Display drops a zero fraction.
    println!("Distance: {}", dist);

    println!("--- what the guide does not show ---");
    println!(
        "C's sqrt(-1) = {} (defined: NaN, not undefined behaviour); safe_sqrt(-1) = {:?}",
        sqrt(-1.0),
        safe_sqrt(-1.0)
    );
    println!(
        "pow(2, 10) = {} (an unsafe call, see power())",
        power(2.0, 10.0)
    );
    println!(
        "rust_distance(NULL, &p2) = {} (what a C caller passing NULL gets)",
        rust_distance(None, Some(&p2))
    );
    let mut root = 0.0;
    let status = rust_safe_sqrt(2.0, Some(&mut root));
    println!("rust_safe_sqrt(2) -> status {status}, root {root:.6}");
    println!(
        "rust_safe_sqrt(-4) -> status {}",
        rust_safe_sqrt(-4.0, Some(&mut root))
    );

    println!("--- layout ---");
    println!(
        "Point (repr(C)): size {}, x at {}, y at {}",
        size_of::<Point>(),
        offset_of!(Point, x),
        offset_of!(Point, y)
    );
    let rust = rust_layout();
    let c = c_layout();
    println!(
        "Unordered {{ a: u8, b: u32, c: u8 }}, Rust layout: size {}, a at {}, b at {}, c at {}",
        rust.size, rust.offsets[0], rust.offsets[1], rust.offsets[2]
    );
    println!(
        "same fields, repr(C):                          size {}, a at {}, b at {}, c at {}",
        c.size, c.offsets[0], c.offsets[1], c.offsets[2]
    );
    for ((field, at), found) in ["a", "b", "c"]
        .into_iter()
        .zip(c.offsets)
        .zip(what_c_would_read())
    {
        match found {
            Some(other) if other == field => {
                println!("C reads `{field}` at offset {at}: finds `{other}`")
            }
            Some(other) => println!("C reads `{field}` at offset {at}: finds `{other}` instead"),
            None if at >= rust.size => println!(
                "C reads `{field}` at offset {at}: past the end of the {}-byte Rust value",
                rust.size
            ),
            None => println!("C reads `{field}` at offset {at}: no field starts there"),
        }
    }
    println!(
        "C side: ffi/c/main.c; build, run and check it with `cargo test -p ffi --test c_program`"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(miri))] // calls C code (libm), which Miri cannot run
    fn safe_sqrt_rejects_negative_and_nan_input() {
        assert_eq!(safe_sqrt(144.0), Some(12.0));
        assert_eq!(safe_sqrt(0.0), Some(0.0));
        assert_eq!(safe_sqrt(-1.0), None);
        assert_eq!(safe_sqrt(f64::NAN), None);
        assert_eq!(safe_sqrt(f64::INFINITY), Some(f64::INFINITY));
    }

    #[test]
    #[cfg(not(miri))] // calls C code (libm), which Miri cannot run
    fn c_sqrt_of_a_negative_number_is_nan_not_undefined() {
        assert!(sqrt(-1.0).is_nan());
    }

    #[test]
    #[cfg(not(miri))] // calls C code (libm), which Miri cannot run
    fn pow_goes_through_libm() {
        assert_eq!(power(2.0, 10.0), 1024.0);
        assert_eq!(power(9.0, 0.5), 3.0);
    }

    #[test]
    #[cfg(not(miri))] // calls C code (libm), which Miri cannot run
    fn distance_is_five_and_prints_as_5() {
        let d = rust_distance(
            Some(&Point { x: 0.0, y: 0.0 }),
            Some(&Point { x: 3.0, y: 4.0 }),
        );
        assert_eq!(d, 5.0);
        assert_eq!(format!("{d}"), "5");
        assert_eq!(format!("{d:?}"), "5.0");
    }

    #[test]
    fn a_null_point_gives_nan() {
        let p = Point { x: 1.0, y: 1.0 };
        assert!(rust_distance(None, Some(&p)).is_nan());
        assert!(rust_distance(Some(&p), None).is_nan());
        assert!(rust_distance(None, None).is_nan());
    }

    #[test]
    fn option_ref_has_the_size_of_a_c_pointer() {
        // The reason `Option<&Point>` may stand for `const Point *` in an extern "C" signature.
        assert_eq!(size_of::<Option<&Point>>(), size_of::<*const Point>());
    }

    #[test]
    #[cfg(not(miri))] // calls C code (libm), which Miri cannot run
    fn rust_safe_sqrt_reports_status_codes() {
        let mut out = -1.0;
        assert_eq!(rust_safe_sqrt(144.0, Some(&mut out)), 0);
        assert_eq!(out, 12.0);
        assert_eq!(rust_safe_sqrt(-1.0, Some(&mut out)), SQRT_DOMAIN_ERROR);
        assert_eq!(out, 12.0, "a failed call leaves *out alone");
        assert_eq!(rust_safe_sqrt(4.0, None), SQRT_NULL_OUT);
    }

    #[test]
    fn point_has_c_layout() {
        assert_eq!(size_of::<Point>(), 16);
        assert_eq!(offset_of!(Point, x), 0);
        assert_eq!(offset_of!(Point, y), 8);
    }

    #[test]
    fn rust_reorders_fields_that_c_keeps_in_order() {
        assert_eq!(
            c_layout(),
            Layout3 {
                size: 12,
                offsets: [0, 4, 8]
            }
        );
        assert_eq!(
            rust_layout(),
            Layout3 {
                size: 8,
                offsets: [4, 0, 5]
            }
        );
        assert_eq!(what_c_would_read(), [Some("b"), Some("a"), None]);
    }
}
