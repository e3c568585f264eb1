//! Performance level of the guide (questions 36–40): one module per question.
//!
//! Each module holds the guide's main example (its `pub fn main`), and its `follow_up.rs` the answer to
//! the question's follow-up. The binaries in `src/bin/` only call these functions. Timings are measured
//! by the benches (`benches/`) and scripts (`scripts/`) and recorded in `performance/CLAIMS.md`, their
//! only home; the binaries print what can be checked exactly (counts, sizes, results) and mark any
//! timing they show.
#![forbid(unsafe_code)]

pub mod benchmarking;
pub mod build_profiles;
pub mod profiling;
pub mod rayon_parallelism;
pub mod tokio_tuning;

// Some unit tests count allocations (`basics::alloc_counter`), so their test binary uses the counting
// allocator.
#[cfg(test)]
#[global_allocator]
static COUNTING: basics::alloc_counter::CountingAllocator =
    basics::alloc_counter::CountingAllocator;
