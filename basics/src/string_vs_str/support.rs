//! The measuring rig of Q7: each greeting written into a caller's buffer, and the allocations each way of
//! calling costs, counted by [`crate::alloc_counter`]. The lesson is in [`super`].

use super::{count_errors, count_errors_owned};
use crate::alloc_counter::count_allocations;

/// [`super::greet`]'s message, written into a caller's buffer instead of stdout, so a test can count
/// allocations without stdout's own buffering in the way. With enough capacity in `out`, this never
/// allocates.
pub fn welcome_into(out: &mut String, name: &str) {
    out.push_str("Welcome, ");
    out.push_str(name);
    out.push_str("!\n");
}

/// [`super::guide_greet`]'s message into a caller's buffer: the same work, but it takes ownership of `name`.
pub fn welcome_owned_into(out: &mut String, name: String) {
    out.push_str("Welcome, ");
    out.push_str(&name);
    out.push_str("!\n");
} // `name` is freed here: the clone the caller made lived for one call

/// Allocations made by one greeting, per way of calling it.
#[derive(Debug, PartialEq, Eq)]
pub struct CallCosts {
    pub owned_clone: Cost,
    pub borrowed: Cost,
    pub owned_literal: Cost,
    pub borrowed_literal: Cost,
}

/// Allocations and bytes.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub struct Cost {
    pub allocations: usize,
    pub bytes: usize,
}

impl std::fmt::Display for Cost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} allocation(s), {} bytes",
            self.allocations, self.bytes
        )
    }
}

fn cost(f: impl FnOnce()) -> Cost {
    let ((), stats) = count_allocations(f);
    Cost {
        allocations: stats.allocations,
        bytes: stats.bytes,
    }
}

/// Measures one greeting of `name` (and of the literal "Bob") through each signature.
///
/// # Panics
/// If the counting allocator is not installed (see [`count_allocations`]).
// `&String` on purpose: the measured call is `String::clone`, what a caller holding a `String` writes.
#[allow(clippy::ptr_arg)]
pub fn measure_calls(name: &String) -> CallCosts {
    // Room for every message up front, so the buffer itself never allocates while being measured.
    let mut out = String::with_capacity(256);
    CallCosts {
        owned_clone: cost(|| welcome_owned_into(&mut out, name.clone())),
        borrowed: cost(|| welcome_into(&mut out, name)),
        owned_literal: cost(|| welcome_owned_into(&mut out, "Bob".to_string())),
        borrowed_literal: cost(|| welcome_into(&mut out, "Bob")),
    }
}

/// (errors found, allocations) for both versions of the pipeline stage.
#[derive(Debug, PartialEq, Eq)]
pub struct PipelineCosts {
    pub owned: (usize, usize),
    pub borrowed: (usize, usize),
}

/// Runs both pipeline stages over `lines` and counts their allocations.
pub fn measure_pipeline(lines: &[String]) -> PipelineCosts {
    let (owned, owned_stats) = count_allocations(|| count_errors_owned(lines));
    let (borrowed, borrowed_stats) = count_allocations(|| count_errors(lines));
    PipelineCosts {
        owned: (owned, owned_stats.allocations),
        borrowed: (borrowed, borrowed_stats.allocations),
    }
}
