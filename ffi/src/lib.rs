//! Question 32 of the guide: Rust and C calling each other.
//!
//! One module per question, laid out like every level (see `basics`): [`c_interop`] holds the guide's
//! example (`cargo run --bin c_interop`) and its follow-up on C strings (`cargo run --bin c_strings`).
//! The C half lives in `c/`: `ffi.h` (the header for the functions this crate exports), `main.c` (a C
//! program linking this crate's static library, built and run by `tests/c_program.rs`) and `cstrings.c`
//! (C functions the follow-up calls, compiled into this crate by `build.rs`).

pub mod c_interop;
