//! Performance level of the guide (questions 36–40): one module per question.
//!
//! Each module holds the guide's main example (its `pub fn main`) and the answer to the question's
//! follow-up (`pub mod follow_up` or its own module). The binaries in `src/bin/` only call these
//! functions. Timings live in criterion benches (`benches/`, run with `cargo bench -p performance`);
//! the binaries print what can be checked exactly (counts, sizes, results) and mark any timing they show.
#![forbid(unsafe_code)]

pub mod benchmarking;
pub mod build_profiles;
pub mod profiling;
pub mod rayon_parallelism;
pub mod tokio_tuning;
