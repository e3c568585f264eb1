//! **Q32 · FFI.** Rust calls C through an `unsafe extern "C"` block of declarations, and C calls Rust
//! through `#[unsafe(no_mangle)] extern "C"` functions; data crossing the boundary needs C's layout
//! (`#[repr(C)]`), and every promise the compiler cannot check is marked `unsafe`.
//!
//! - The foreign signature is the unchecked promise (`unsafe extern`); calls are `unsafe` (E0133) unless
//!   declared `safe fn`. Proof: `cargo test -p ffi --test compile_fail`
//! - Without `#[repr(C)]` Rust reorders fields: 8 bytes with `b` first, C's 12. Proof: `cargo test -p ffi --lib c_interop::tests::rust_reorders_fields_that_c_keeps_in_order`
//! - C can pass NULL: take `Option<&Point>` (NULL is `None`), not `&Point`. Proof: `cargo test -p ffi --lib c_interop::tests::a_null_point_gives_nan`
//! - A panic reaching `extern "C"` aborts the process; exports `catch_unwind` and return a status. Proof: `cargo test -p ffi --lib c_interop::tests::a_panic_escaping_extern_c_aborts_the_process`
//!
//! # Run it
//! `cargo run --bin c_interop`, then `cargo test -p ffi` (it also builds and runs the C program in
//! `ffi/c/`). After the guide's two lines: C's `sqrt(-1)`, a NULL from C, the two layouts.
//!
//! # Differences from the guide
//! - `unsafe extern`, `#[unsafe(no_mangle)]`: [ERRATA.md, Q32](../../ERRATA.md#q32).
//! - `sqrt` is `safe`; `sqrt(-1)` is NaN: [ERRATA.md, Q32](../../ERRATA.md#q32).
//! - `Option<&Point>` for C's pointers: [ERRATA.md, Q32](../../ERRATA.md#q32).
//! - Prints `Distance: 5`: [ERRATA.md, Q32](../../ERRATA.md#q32).
//!
//! # More to explore
//! - The C side is `ffi/c/`: `main.c` includes `ffi.h` and links `target/<profile>/libffi.a`
//!   (`crate-type = ["rlib", "staticlib"]`); `tests/c_program.rs` builds and runs it (under valgrind
//!   when installed, always in CI), and `tests/header_sync.rs` checks `ffi.h` against the Rust
//!   signatures. cbindgen generates such a header, and bindgen the opposite direction; the header is
//!   written by hand here so that the lesson has no generator to install.
//! - The lints catch the missing `#[repr(C)]` only in part (`tests/ui/c_interop/struct_without_repr_c.rs`):
//!   `improper_ctypes` flags a struct behind a pointer in an import and by value in an export, but not
//!   behind a reference in an export, which is exactly the guide's `rust_distance(&Point, &Point)`.
//! - `extern "C-unwind"` is the ABI for a panic that is meant to unwind into C++ or back into Rust.
//! - To give C a Rust struct, give it an opaque handle: [`counter_new`] (`Box::into_raw`) and
//!   [`counter_free`] (`Box::from_raw`) are the pair, and C never sees the fields
//!   (`tests::an_opaque_handle_is_created_used_and_freed_by_rust`, also under Miri).
//! - The unit tests that do not call C also run under Miri in CI (`.ci/run` names the nightly):
//!   Miri cannot execute foreign code.
//!
//! # Follow-up
//! How do you handle C strings? What is `CStr` vs `CString`? [`follow_up`], `cargo run --bin c_strings`.

use libc::{c_double, c_int};
use std::mem::{offset_of, size_of};

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

pub mod follow_up;

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

/// The average of `count` values summing to `total`, for C callers: `0` and `*out` written on
/// success, [`STATUS_PANICKED`] if the Rust code panicked (here: `count == 0`), [`SQRT_NULL_OUT`] for
/// a NULL `out`. A panic must not leave an `extern "C"` function (Rust would abort the process), so
/// the body runs inside `catch_unwind`. (It has the C ABI but no exported name, so that `ffi/c/ffi.h`,
/// which `tests/header_sync.rs` keeps equal to the exports, stays as it is; C would reach it through a
/// function pointer, or by name with `#[unsafe(no_mangle)]`.)
pub extern "C" fn rust_average(total: u64, count: u64, out: Option<&mut u64>) -> c_int {
    let Some(out) = out else {
        return SQRT_NULL_OUT;
    };
    match std::panic::catch_unwind(|| average(total, count)) {
        Ok(mean) => {
            *out = mean;
            0
        }
        Err(_) => STATUS_PANICKED,
    }
}

/// A Rust value C may hold but never look inside: C sees only `Counter *` (an opaque handle), and
/// every operation goes through a function. [`counter_new`] and [`counter_free`] are the pair: the
/// `Box` C received must come back to Rust to be dropped. (C ABI, no exported names, for the same
/// reason as [`rust_average`].)
#[derive(Debug, Default)]
pub struct Counter {
    count: u64,
    label: String,
}

impl Counter {
    /// What is counted (a `String`: dropping the counter must free it too).
    pub fn label(&self) -> &str {
        &self.label
    }
}

/// Creates a counter on the heap and gives C the pointer: `Box::into_raw` hands ownership over.
pub extern "C" fn counter_new() -> *mut Counter {
    Box::into_raw(Box::new(Counter {
        count: 0,
        label: String::from("clicks"),
    }))
}

/// Adds one and returns the new count; 0 for NULL.
///
/// # Safety
/// `counter` must be NULL or a pointer from [`counter_new`] not yet given to [`counter_free`], and
/// not used from another thread at the same time.
pub unsafe extern "C" fn counter_increment(counter: *mut Counter) -> u64 {
    // SAFETY: the caller guarantees a live pointer from `counter_new` with no other access now;
    // `as_mut` turns NULL into `None`.
    match unsafe { counter.as_mut() } {
        Some(counter) => {
            counter.count += 1;
            counter.count
        }
        None => 0,
    }
}

/// Takes the counter back and drops it (its `String` too). NULL is ignored.
///
/// # Safety
/// `counter` must be NULL or a pointer from [`counter_new`], freed only once.
pub unsafe extern "C" fn counter_free(counter: *mut Counter) {
    if counter.is_null() {
        return;
    }
    // SAFETY: the caller guarantees the pointer came from `Box::into_raw` in `counter_new` and is
    // freed once; `from_raw` rebuilds the Box, which drops it with the allocator that made it.
    drop(unsafe { Box::from_raw(counter) });
}

/// Status of [`rust_average`] when the Rust code panicked.
pub const STATUS_PANICKED: c_int = 3;

/// Plain Rust that panics for `count == 0` (`attempt to divide by zero`, in every build profile).
pub fn average(total: u64, count: u64) -> u64 {
    total / count
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

#[cfg(test)]
mod tests {
    use super::*;

    /// An export without `catch_unwind` around code that panics, as the guide writes its exports.
    #[cfg(not(miri))] // only the child-process test uses it
    extern "C" fn unguarded_average(total: u64, count: u64) -> u64 {
        average(total, count)
    }

    #[test]
    #[cfg(not(miri))] // runs a child process
    fn a_panic_escaping_extern_c_aborts_the_process() {
        const CHILD: &str = "FFI_PANIC_CHILD";
        if std::env::var_os(CHILD).is_some() {
            // In the child: the panic reaches the `extern "C"` boundary, and Rust aborts; the
            // catch_unwind around the call never gets the chance to catch it.
            let _ = std::panic::catch_unwind(|| unguarded_average(1, 0));
            unreachable!("a panic cannot unwind out of an extern \"C\" function");
        }
        let output = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "c_interop::tests::a_panic_escaping_extern_c_aborts_the_process",
            ])
            .env(CHILD, "1")
            .output()
            .expect("run the test binary again");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("panic in a function that cannot unwind"),
            "{stderr}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            assert_eq!(
                output.status.signal(),
                Some(6),
                "SIGABRT, not a test failure"
            );
        }
    }

    #[test]
    fn an_opaque_handle_is_created_used_and_freed_by_rust() {
        let handle = counter_new();
        // SAFETY: a live pointer from counter_new, used on this thread only, freed once at the end.
        unsafe {
            assert_eq!(counter_increment(handle), 1);
            assert_eq!(counter_increment(handle), 2);
            assert_eq!((*handle).label(), "clicks");
            assert_eq!(counter_increment(std::ptr::null_mut()), 0);
            counter_free(handle);
            counter_free(std::ptr::null_mut());
        }
    }

    #[test]
    fn a_caught_panic_becomes_a_status_code() {
        let mut out = 0;
        assert_eq!(rust_average(10, 4, Some(&mut out)), 0);
        assert_eq!(out, 2);
        assert_eq!(rust_average(10, 0, Some(&mut out)), STATUS_PANICKED);
        assert_eq!(out, 2, "a failed call leaves *out alone");
        assert_eq!(rust_average(10, 2, None), SQRT_NULL_OUT);
    }

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
