//! Advanced level of the guide (questions 21–28): unsafe, dispatch, Pin, async, Send/Sync, macros and
//! zero-cost abstractions, one module per question.
//!
//! Each module holds the guide's main example (its `pub fn main`) and the answer to the question's
//! follow-up (`<module>/follow_up.rs`). The binaries in `src/bin/` only call these functions,
//! so `cargo run --bin unsafe_rust` runs exactly the code you read in `src/unsafe_rust.rs`. The derive
//! macro of Q27's follow-up is its own proc-macro crate, `derive/` (package `advanced-derive`).
//!
//! This crate has unsafe code on purpose (Q21, Q24, and Q26's `unsafe impl Send`): every block carries a
//! `// SAFETY:` comment, and those modules' tests pass under Miri, with a negative control that Miri must
//! reject.

pub mod associated_types;
pub mod async_await;
pub mod macros;
pub mod pin_unpin;
pub mod send_sync;
pub mod trait_objects;
pub mod unsafe_rust;
pub mod zero_cost;
