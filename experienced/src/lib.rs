//! Experienced level of the guide (questions 29–31, 34 and 35; Q32 is the `ffi` crate and Q33 the
//! `embedded` crate): one module per question.
//!
//! Each module holds the guide's main example (its `pub fn main`) and the answer to the question's
//! follow-up (`pub mod follow_up`). The binaries in `src/bin/` only call these functions, so
//! `cargo run --bin api_design` runs exactly the code you read in `src/api_design.rs`.
//!
//! Layout shared by every question of every level:
//! - `tests/cmd/<bin>.toml` + `.stdout`: the exact output of each binary (run by `tests/outputs.rs`);
//! - `tests/ui/<module>/*.rs` + `.stderr`: each line the guide marks as an error, with the rustc error
//!   code it really produces (run by `tests/compile_fail.rs`);
//! - `#[test]`s inside the module for behaviour, panics and the "right" half of each mistake.
#![forbid(unsafe_code)]

pub mod api_design;
pub mod error_handling;
pub mod testing;
pub mod typestate;
pub mod workspaces;
