//! **Q37 · Profiling: perf, flamegraphs, DHAT.** Profile an optimized build with debug info: a sampling
//! profiler (`perf`, drawn as a flamegraph) shows where the time goes, a heap profiler (DHAT) where the
//! allocations come from.
//!
//! - The guide's "reuse allocation" still allocates 10 000 times: `push_str(&format!(..))` makes a
//!   temporary each turn; `write!` allocates once. Proof: `cargo test -p performance --lib profiling::tests::guide_pattern3`
//! - An allocation budget can be a test: dhat-rs in testing mode. Proof: `cargo test -p performance --test dhat_heap`
//! - Symbols without slowing every release: a `profiling` profile (release plus `debug = true`).
//!   Proof: `cargo test -p performance --lib build_profiles::tests::the_profiling_profile`
//! - Debug builds mislead through no inlining and overflow checks; bounds checks stay in release.
//!   Proof: `cargo test --release -p performance --lib profiling::tests::checks`
//!
//! # Run it
//! `cargo run --bin profiling` prints exact allocation counts; `cargo run --profile profiling --bin
//! profiling -- --flamegraph flame.svg` draws a flamegraph with `perf`.
//!
//! # Differences from the guide
//! - Pattern 3 fixed; bounds checks: [ERRATA.md, Q37](../../ERRATA.md#q37).
//! - A `profiling` profile; dhat-rs, not Valgrind: [ERRATA.md, Q37](../../ERRATA.md#q37).
//!
//! # More to explore
//! - The counts: pattern 1 is 10 013 (10 000 strings and 13 `Vec` growths), pattern 2 and the guide's
//!   pattern 3 are 10 001 each, the fixed pattern 3 is 1 (CLAIMS.md rows 24 and 26).
//! - The flamegraph: `perf record` with DWARF unwinding (the `profiling` profile's debug info is all it
//!   needs), then [`flamegraph`] folds `perf script`'s stacks and draws the SVG without a dependency
//!   (`pprof`'s flamegraph feature and `cargo flamegraph` wrap the same steps).
//! - The workload counts words with the std `HashMap` (SipHash) and with `FxHashMap`; `--flamegraph`
//!   prints each side's share of the samples, and the SipHash side is the wider one in an optimized
//!   build. `tests/flamegraph.rs` is only a smoke test of the pipeline: it samples the debug binary that
//!   `cargo test` builds and checks that both functions appear, not their shares.
//! - What the hasher swap saves is CLAIMS.md row 25, what the `write!` fix saves is row 43.
//!
//! # Follow-up
//! How do you reduce heap allocations in hot paths, and what is arena allocation? [`follow_up`],
//! `cargo run --bin arena_allocation`.

use basics::alloc_counter::count_allocations;
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::fmt::Write as _;

pub mod flamegraph;

pub fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, rounds] if flag == "--workload" => {
            let Ok(rounds) = rounds.parse() else {
                eprintln!("error: ROUNDS must be a number");
                std::process::exit(2);
            };
            println!("{}", workload(rounds));
            return;
        }
        [flag, out, rest @ ..] if flag == "--flamegraph" && rest.len() <= 1 => {
            let rounds = match rest.first().map(|r| r.parse::<usize>()) {
                None => 20,
                Some(Ok(r)) if r > 0 => r,
                Some(_) => {
                    eprintln!("error: ROUNDS must be a positive number");
                    std::process::exit(2);
                }
            };
            match write_flamegraph(std::path::Path::new(out), rounds) {
                Ok(line) => println!("{line}"),
                Err(e) => {
                    eprintln!("error: {e}");
                    std::process::exit(1);
                }
            }
            return;
        }
        [] => {}
        _ => {
            eprintln!("usage: profiling [--flamegraph OUT.svg [ROUNDS] | --workload ROUNDS]");
            std::process::exit(2);
        }
    }

    println!("heap allocations counted by the global allocator (allocations + reallocations):");
    let row = |label: &str, n: usize| println!("  {label:<48} {n:>6}");
    let (v, p1) = count_allocations(pattern1_many_small);
    row("pattern 1, Vec<String> grown from empty:", p1.allocations);
    drop(v);
    let (m, p2) = count_allocations(pattern2_preallocated);
    row("pattern 2, HashMap::with_capacity:", p2.allocations);
    drop(m);
    let (b, p3) = count_allocations(guide_pattern3_reuse);
    row(
        "pattern 3 as in the guide, push_str(&format!):",
        p3.allocations,
    );
    drop(b);
    let (b, p3f) = count_allocations(pattern3_reuse_fixed);
    row("pattern 3 fixed, write! into the buffer:", p3f.allocations);
    drop(b);
    println!("flamegraph: cargo run --profile profiling --bin profiling -- --flamegraph flame.svg");
    println!("hashers:    cargo bench -p performance --bench profiling");
}

/// Pattern 1: many small allocations, one `String` per item, and a `Vec` that grows by reallocating.
pub fn pattern1_many_small() -> Vec<String> {
    let mut strings: Vec<String> = Vec::new();
    for i in 0..10_000 {
        strings.push(format!("item_{}", i)); // 10K heap allocations
    }
    strings
}

/// Pattern 2: the map is allocated once up front; each value is still its own `String`.
pub fn pattern2_preallocated() -> HashMap<u32, String> {
    let mut map: HashMap<u32, String> = HashMap::with_capacity(10_000);
    for i in 0..10_000 {
        map.insert(i, format!("item_{}", i));
    }
    map
}

/// Pattern 3 as the guide writes it: the buffer is reused, but `format!` allocates a temporary `String`
/// on every iteration, so it does not do what its name says.
/// Flaw: wrong result. Proof: `cargo test -p performance --lib profiling::tests::guide_pattern3_reuse_allocates_every_iteration`
pub fn guide_pattern3_reuse() -> String {
    let mut buffer = String::with_capacity(1024);
    for i in 0..10_000 {
        buffer.clear(); // reuses allocation
        buffer.push_str(&format!("item_{}", i)); // ...but this allocates
    }
    buffer
}

/// Pattern 3 fixed: `write!` formats straight into the reused buffer, so the loop allocates nothing.
pub fn pattern3_reuse_fixed() -> String {
    let mut buffer = String::with_capacity(1024);
    for i in 0..10_000 {
        buffer.clear();
        // Writing to a String cannot fail; `let _ =` documents that rather than unwrapping.
        let _ = write!(buffer, "item_{}", i);
    }
    buffer
}

/// A text of `words` words drawn from `distinct` different ones (deterministic).
pub fn sample_text(words: usize, distinct: usize) -> String {
    let mut text = String::new();
    for i in 0..words {
        let w = (i.wrapping_mul(2_654_435_761)) % distinct;
        let _ = write!(text, "w{w} ");
    }
    text
}

/// Word counts with the standard `HashMap` (SipHash-1-3: resistant to HashDoS, slower).
pub fn count_words_std(text: &str) -> HashMap<&str, u32> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

/// Word counts with `FxHashMap` (rustc's hasher: fast, not HashDoS resistant; for trusted keys).
pub fn count_words_fx(text: &str) -> FxHashMap<&str, u32> {
    let mut counts = FxHashMap::default();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

/// What the flamegraph samples: both word counts, many times over.
pub fn workload(rounds: usize) -> usize {
    let text = sample_text(100_000, 10_000);
    let mut distinct = 0;
    for _ in 0..rounds {
        distinct += std::hint::black_box(count_words_std(&text)).len();
        distinct += std::hint::black_box(count_words_fx(&text)).len();
    }
    distinct
}

/// `profiling --flamegraph OUT.svg`: re-runs this executable with `--workload` under perf and writes the
/// SVG. Returns a line to print, or an error message.
pub fn write_flamegraph(out: &std::path::Path, rounds: usize) -> Result<String, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this executable: {e}"))?;
    let scratch = std::env::temp_dir().join(format!("profiling-flamegraph-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| format!("cannot create {scratch:?}: {e}"))?;
    let rounds = rounds.to_string();
    let folded = flamegraph::record(&exe, &["--workload", &rounds], &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    let folded = folded?;
    let samples: u64 = folded.values().sum();
    let svg = flamegraph::render_svg(
        &folded,
        "profiling --workload: SipHash HashMap vs FxHashMap",
    );
    std::fs::write(out, svg).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    let share = |needle: &str| -> f64 {
        let hits: u64 = folded
            .iter()
            .filter(|(stack, _)| stack.contains(needle))
            .map(|(_, n)| n)
            .sum();
        hits as f64 / samples as f64 * 100.0
    };
    Ok(format!(
        "wrote {} ({samples} samples): count_words_std {:.0}% of samples, count_words_fx {:.0}%",
        out.display(),
        share("count_words_std"),
        share("count_words_fx")
    ))
}

pub mod follow_up;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_maps_count_the_same_words() {
        let text = sample_text(1000, 100);
        let std_counts = count_words_std(&text);
        let fx_counts = count_words_fx(&text);
        assert_eq!(std_counts.len(), 100);
        assert_eq!(std_counts.len(), fx_counts.len());
        for (w, n) in &std_counts {
            assert_eq!(fx_counts[w], *n);
        }
        assert_eq!(std_counts.values().sum::<u32>(), 1000);
    }

    #[test]
    fn guide_pattern3_reuse_allocates_every_iteration() {
        // The unit tests run on the counting allocator (see lib.rs): the buffer plus one temporary
        // String per `format!`, against the buffer alone once fixed.
        let (_, guide) = count_allocations(guide_pattern3_reuse);
        let (_, fixed) = count_allocations(pattern3_reuse_fixed);
        assert_eq!(guide.allocations, 1 + 10_000);
        assert_eq!(fixed.allocations, 1);
    }

    // Bounds checks are not a debug-build extra: indexing past the end panics in release too, so this
    // test passes under `cargo test` and `cargo test --release` alike.
    #[test]
    #[should_panic(expected = "index out of bounds")]
    fn checks_bounds_in_every_build() {
        let v = [1, 2, 3];
        let i = std::hint::black_box(3);
        let _ = v[i];
    }

    // Overflow checks are the debug-only extra: a panic in debug builds ...
    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "attempt to add with overflow")]
    fn checks_overflow_only_in_debug() {
        let _ = std::hint::black_box(u8::MAX) + 1;
    }

    // ... and wrapping in release builds.
    #[cfg(not(debug_assertions))]
    #[test]
    fn checks_overflow_only_in_debug() {
        assert_eq!(std::hint::black_box(u8::MAX) + 1, 0);
    }

    #[test]
    fn both_pattern3_versions_leave_the_last_item() {
        assert_eq!(guide_pattern3_reuse(), "item_9999");
        assert_eq!(pattern3_reuse_fixed(), "item_9999");
    }
}
