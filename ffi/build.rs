//! Compiles the C half of the follow-up (`c/cstrings.c`: C functions that hand strings to Rust) with the
//! system C compiler and links it into this crate, so `cargo run --bin c_strings` calls real C code.
fn main() {
    println!("cargo:rerun-if-changed=c/cstrings.c");
    println!("cargo:rerun-if-changed=c/ffi.h");
    cc::Build::new()
        .file("c/cstrings.c")
        .warnings(true)
        .extra_warnings(true)
        .warnings_into_errors(true)
        .compile("ffi_cstrings");
}
