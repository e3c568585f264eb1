//! Basic level of the guide (questions 1–10): one module per question.
//!
//! Each module holds the guide's main example (its `pub fn main`) and the answer to the question's
//! follow-up (`pub mod follow_up`). The binaries in `src/bin/` only call these functions, so
//! `cargo run --bin ownership` runs exactly the code you read in `src/ownership.rs`.
//!
//! Layout shared by every question of every level:
//! - `tests/cmd/<bin>.toml` + `.stdout`: the exact output of each binary (run by `tests/outputs.rs`);
//! - `tests/ui/<module>/*.rs` + `.stderr`: each line the guide marks as an error, with the rustc error
//!   code it really produces (run by `tests/compile_fail.rs`);
//! - `#[test]`s inside the module for behaviour, panics and the "right" half of each mistake.
//!
//! Two modules are not questions but tools the other levels share: [`alloc_counter`] (counting heap
//! allocations, for the guide's allocation claims) and [`manifest`] (reading this workspace's own
//! `Cargo.toml` and `Cargo.lock`, for Q31 and Q40).
#![deny(unsafe_code)]

pub mod alloc_counter;
pub mod borrowing;
pub mod data_types;
pub mod enums_match;
pub mod functions;
pub mod manifest;
pub mod mutability_shadowing;
pub mod option_result;
pub mod ownership;
pub mod string_vs_str;
pub mod structs;
pub mod what_is_rust;

// The unit tests of this crate count allocations, so their test binary uses the counting allocator.
#[cfg(test)]
#[global_allocator]
static COUNTING: alloc_counter::CountingAllocator = alloc_counter::CountingAllocator;
