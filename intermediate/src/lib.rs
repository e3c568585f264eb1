//! Intermediate level of the guide (questions 11–20): one module per question.
//!
//! Each module holds the guide's main example (its `pub fn main`) and the answer to the question's
//! follow-up (`pub mod follow_up`). The binaries in `src/bin/` only call these functions, so
//! `cargo run --bin traits` runs exactly the code you read in `src/traits.rs`.
//!
//! Layout shared by every question of every level:
//! - `tests/cmd/<bin>.toml` + `.stdout`: the exact output of each binary (run by `tests/outputs.rs`);
//! - `tests/ui/<bin>/*.rs` + `.stderr`: each line the guide marks as an error, with the rustc error
//!   code it really produces (run by `tests/compile_fail.rs`);
//! - `#[test]`s inside the module for behaviour, panics and the "right" half of each mistake.
#![forbid(unsafe_code)]

pub mod cargo_manifest;
pub mod closures;
pub mod collections;
pub mod generics;
pub mod interior_mutability;
pub mod iterators;
pub mod lifetimes;
pub mod modules;
pub mod smart_pointers;
#[doc(hidden)]
pub mod support;
pub mod traits;

// Some unit tests of this crate count allocations (`basics::alloc_counter`), so their test binary uses
// the counting allocator.
#[cfg(test)]
#[global_allocator]
static COUNTING: basics::alloc_counter::CountingAllocator =
    basics::alloc_counter::CountingAllocator;
