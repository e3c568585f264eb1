//! **Q32 follow-up · CStr and CString.** `CString` is an owned, NUL-terminated buffer Rust allocated
//! (like `String`); `&CStr` borrows NUL-terminated bytes someone else owns (like `&str`); neither
//! promises UTF-8, and each side frees only what its own allocator made.
//!
//! - `CString::new` adds the NUL and rejects an interior one (an error, not a truncated string). Proof: `cargo test -p ffi --lib c_interop::follow_up::tests::interior_nul_is_a_clear_error`
//! - Text from C is checked (`to_str`, can fail) or lossy (`to_string_lossy`, U+FFFD, borrowed when
//!   valid); a `&CStr` is not a `&str` (E0308). Proof: `cargo test -p ffi --lib c_interop::follow_up::tests::invalid_utf8_fails_strictly_and_is_replaced_lossily`
//! - `CString::new(..).unwrap().as_ptr()` dangles: the temporary is dropped at the end of the statement
//!   (`dangling_pointers_from_temporaries`). Proof: `cargo test -p ffi --test compile_fail`
//! - Memory goes back to whoever allocated it: C's `malloc` to C's `free`, `CString::into_raw` to
//!   `CString::from_raw`. Proof: `cargo test -p ffi --lib c_interop::follow_up::tests::rust_greeting_and_free_pair_up`
//!
//! # Run it
//! `cargo run --bin c_strings`: every line is a round trip through real C (`ffi/c/cstrings.c`, built by
//! `build.rs` with `cc`). Notice the Latin-1 `café` that `to_str` rejects.
//!
//! # Differences from the guide
//! None: the guide asks the question without code.
//!
//! # More to explore
//! - Why `free()` on a `CString::into_raw` pointer is wrong although it often works: Rust's global
//!   allocator is `malloc` only by default (jemalloc, mimalloc or any `#[global_allocator]` replace
//!   it), and `CString::from_raw` recomputes the length with `strlen`, so a C side that shortened the
//!   string would free with the wrong layout. Valgrind, which `tests/c_program.rs` runs, catches leaks,
//!   double frees and invalid accesses here, but not this pairing: with the default allocator both
//!   sides are `malloc`, and `free()` on the Rust pointer reports 0 errors.
//! - `c"..."` literals (edition 2021+) are `&'static CStr` with no allocation; `CStr::count_bytes`
//!   is `strlen` without the call.
//! - `c_char` is `i8` on x86-64 Linux and `u8` on ARM Linux: code that treats it as signed is not
//!   portable (`tests::c_char_is_signed_on_x86_64_linux`).

use std::borrow::Cow;
use std::ffi::{CStr, CString, NulError, c_char};
use std::fmt;

// The C functions of ffi/c/cstrings.c; their prototypes are in ffi/c/cstrings.h (checked against these
// declarations by tests/header_sync.rs). The functions without pointer arguments have no precondition
// and are declared `safe`.
unsafe extern "C" {
    safe fn c_version() -> *const c_char;
    fn c_greet(name: *const c_char) -> *mut c_char;
    fn c_free(s: *mut c_char);
    safe fn c_latin1_cafe() -> *const c_char;
    fn c_byte_count(s: *const c_char) -> usize;
}

/// Why a string could not make the round trip through C.
#[derive(Debug, PartialEq, Eq)]
pub enum CStringError {
    /// The Rust string contains a NUL byte, which would end the C string early.
    InteriorNul(NulError),
    /// C returned NULL (its `malloc` failed).
    NullFromC,
}

impl fmt::Display for CStringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CStringError::InteriorNul(e) => write!(
                f,
                "cannot pass a string with a NUL byte to C (byte {}): C would see only {:?}",
                e.nul_position(),
                String::from_utf8_lossy(&e.clone().into_vec()[..e.nul_position()])
            ),
            CStringError::NullFromC => write!(f, "C returned NULL"),
        }
    }
}

impl std::error::Error for CStringError {}

impl From<NulError> for CStringError {
    fn from(e: NulError) -> Self {
        CStringError::InteriorNul(e)
    }
}

/// The number of bytes C's `strlen` counts in `s`. (In Rust code, `s.count_bytes()` gives the same
/// number without a call; here the point is to hand a Rust-made string to C.)
#[allow(clippy::strlen_on_c_strings)]
pub fn c_strlen(s: &CStr) -> usize {
    // SAFETY: `s.as_ptr()` points to a NUL-terminated buffer that `s` keeps alive for the whole call.
    unsafe { libc::strlen(s.as_ptr()) }
}

/// The same count, done by our own C function in `ffi/c/cstrings.c`.
pub fn c_bytes(s: &CStr) -> usize {
    // SAFETY: as for `c_strlen`: a valid NUL-terminated string, alive for the call; C only reads it.
    unsafe { c_byte_count(s.as_ptr()) }
}

/// Passes `name` to C's `c_greet` and returns C's answer as a Rust `String`, freeing C's buffer with C's
/// `free`.
pub fn greet_in_c(name: &str) -> Result<String, CStringError> {
    let c_name = CString::new(name)?;
    // SAFETY: `c_name` is a valid NUL-terminated string that outlives the call; `c_greet` only reads it.
    let raw = unsafe { c_greet(c_name.as_ptr()) };
    if raw.is_null() {
        return Err(CStringError::NullFromC);
    }
    // SAFETY: `raw` is non-NULL and points to the NUL-terminated string `c_greet` just built; it stays
    // valid until `c_free` below, and the borrow ends before that.
    let greeting = unsafe { CStr::from_ptr(raw) }
        .to_string_lossy()
        .into_owned();
    // SAFETY: `raw` came from `c_greet`'s `malloc` and is freed exactly once, by C's `free`.
    unsafe { c_free(raw) };
    Ok(greeting)
}

/// C's static version string, borrowed: C owns it for the whole program, so `'static` is right and
/// nobody frees it.
pub fn c_version_str() -> &'static CStr {
    // SAFETY: `c_version` returns a pointer to a string literal: non-NULL, NUL-terminated, never freed
    // or changed.
    unsafe { CStr::from_ptr(c_version()) }
}

/// A C string that is not UTF-8 (`café` in Latin-1).
pub fn c_latin1() -> &'static CStr {
    // SAFETY: `c_latin1_cafe` returns a pointer to a string literal: non-NULL, NUL-terminated, static.
    unsafe { CStr::from_ptr(c_latin1_cafe()) }
}

/// Strict and lossy conversion of a C string to Rust text.
pub fn to_rust_text(s: &CStr) -> (Result<&str, std::str::Utf8Error>, Cow<'_, str>) {
    (s.to_str(), s.to_string_lossy())
}

/// Exported to C as `char *rust_greeting(const char *name)`: a new string owned by Rust, which C must
/// return to [`rust_string_free`]. Returns NULL when `name` is NULL.
///
/// # Safety
/// `name` must be NULL or point to a NUL-terminated string that stays valid during the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rust_greeting(name: *const c_char) -> *mut c_char {
    if name.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: `name` is non-NULL, and the caller guarantees it is NUL-terminated and valid for the call.
    let name = unsafe { CStr::from_ptr(name) }.to_string_lossy();
    // A name that came in as a C string cannot contain a NUL, so `new` cannot fail here.
    CString::new(format!("Hello from Rust, {name}!"))
        .expect("a C string has no interior NUL")
        .into_raw()
}

/// Exported to C as `void rust_string_free(char *s)`: frees a string from [`rust_greeting`]. NULL is
/// ignored.
///
/// # Safety
/// `s` must be NULL or a pointer returned by `rust_greeting` that has not been freed yet.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rust_string_free(s: *mut c_char) {
    if s.is_null() {
        return;
    }
    // SAFETY: the caller guarantees `s` came from `CString::into_raw` in `rust_greeting` and is freed
    // only once; `from_raw` takes ownership back and drops it with Rust's allocator.
    drop(unsafe { CString::from_raw(s) });
}

pub fn main() {
    let name = CString::new("Ferris").expect("no NUL in a literal without one");
    println!(
        "Rust -> C: CString::new(\"Ferris\") is {:?} with the NUL; C's strlen counts {}, c_byte_count {}",
        name.as_bytes_with_nul(),
        c_strlen(&name),
        c_bytes(&name)
    );

    match greet_in_c("Ferris") {
        Ok(greeting) => {
            println!("Rust -> C -> Rust: {greeting:?} (C malloc'd it, C's free freed it)")
        }
        Err(e) => println!("error: {e}"),
    }
    match greet_in_c("bad\0name") {
        Ok(greeting) => println!("unexpected: {greeting:?}"),
        Err(e) => println!("interior NUL rejected: {e}"),
    }

    println!(
        "C -> Rust, borrowed: c_version() = {:?} (a &'static CStr: C owns it, nobody frees it)",
        c_version_str()
    );

    let (strict, lossy) = to_rust_text(c_latin1());
    match strict {
        Ok(text) => println!("unexpected: {text}"),
        Err(e) => println!("invalid UTF-8 from C: to_str() fails: {e}"),
    }
    println!("  to_string_lossy() = {lossy:?} (the bad byte becomes U+FFFD)");

    // The exported pair, used from Rust the way ffi/c/main.c uses it from C.
    // SAFETY: `name` is a valid NUL-terminated string alive for the call.
    let owned_by_rust = unsafe { rust_greeting(name.as_ptr()) };
    // SAFETY: `rust_greeting` returned a non-NULL string (its input was not NULL) that lives until it
    // is freed below.
    let text = unsafe { CStr::from_ptr(owned_by_rust) }
        .to_string_lossy()
        .into_owned();
    // SAFETY: the pointer came from `rust_greeting` and is freed once, by the matching Rust function.
    unsafe { rust_string_free(owned_by_rust) };
    println!(
        "Rust -> C, owned: rust_greeting gives {text:?}; it goes back to rust_string_free (as ffi/c/main.c does)"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(miri))] // calls C code (ffi/c/cstrings.c), which Miri cannot run
    fn strlen_counts_bytes_not_chars() {
        let s = CString::new("héllo").unwrap();
        assert_eq!(c_strlen(&s), 6);
        assert_eq!(c_bytes(&s), 6);
        assert_eq!(s.count_bytes(), 6);
        assert_eq!(s.as_bytes_with_nul().len(), 7);
    }

    #[test]
    #[cfg(not(miri))] // calls C code (ffi/c/cstrings.c), which Miri cannot run
    fn round_trip_through_c() {
        assert_eq!(greet_in_c("Ferris").unwrap(), "Hello from C, Ferris!");
        assert_eq!(greet_in_c("").unwrap(), "Hello from C, !");
    }

    #[test]
    fn interior_nul_is_a_clear_error() {
        let err = greet_in_c("bad\0name").unwrap_err();
        let CStringError::InteriorNul(ref nul) = err else {
            panic!("expected InteriorNul, got {err:?}");
        };
        assert_eq!(nul.nul_position(), 3);
        assert_eq!(
            err.to_string(),
            "cannot pass a string with a NUL byte to C (byte 3): C would see only \"bad\""
        );
    }

    #[test]
    #[cfg(not(miri))] // calls C code (ffi/c/cstrings.c), which Miri cannot run
    fn static_c_string_is_borrowed() {
        assert_eq!(c_version_str().to_str(), Ok("cstrings 1.0"));
    }

    #[test]
    #[cfg(not(miri))] // calls C code (ffi/c/cstrings.c), which Miri cannot run
    fn invalid_utf8_fails_strictly_and_is_replaced_lossily() {
        let (strict, lossy) = to_rust_text(c_latin1());
        let err = strict.unwrap_err();
        assert_eq!(err.valid_up_to(), 3);
        assert_eq!(lossy, "caf\u{FFFD}");
        assert!(
            matches!(lossy, Cow::Owned(_)),
            "replacement needs a new buffer"
        );
        let (strict, lossy) = to_rust_text(c"plain");
        assert_eq!(strict, Ok("plain"));
        assert!(matches!(lossy, Cow::Borrowed(_)), "valid UTF-8 is borrowed");
    }

    #[test]
    fn rust_greeting_and_free_pair_up() {
        // SAFETY: a valid C string literal in, the result freed once by the matching function.
        unsafe {
            let s = rust_greeting(c"C".as_ptr());
            assert_eq!(CStr::from_ptr(s).to_str(), Ok("Hello from Rust, C!"));
            rust_string_free(s);
        }
    }

    #[test]
    fn null_in_gives_null_out_and_free_ignores_null() {
        // SAFETY: NULL is an allowed input for both functions.
        unsafe {
            assert!(rust_greeting(std::ptr::null()).is_null());
            rust_string_free(std::ptr::null_mut());
        }
    }

    #[test]
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    fn c_char_is_signed_on_x86_64_linux() {
        assert_eq!(c_char::MIN, -128);
        assert_eq!(
            0xE9_u8 as c_char, -23,
            "the Latin-1 é of c_latin1 is negative here"
        );
    }
}
