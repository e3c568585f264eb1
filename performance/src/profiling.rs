//! Q37 — Profiling: where does the time go (a sampling profiler, drawn as a flamegraph) and where do the
//! allocations come from (a heap profiler)?
//!
//! Run `cargo run --bin profiling`. It runs the guide's three allocation patterns under the workspace's
//! counting allocator and prints exact counts; notice that the guide's "Pattern 3: reuse allocation" still
//! allocates 10 000 times, because `buffer.push_str(&format!(...))` builds a temporary `String` on every
//! iteration before copying it into the reused buffer. Writing into the buffer with `write!` removes them:
//! one allocation in total ([`pattern3_reuse_fixed`]).
//!
//! The same counts are asserted with dhat-rs in testing mode (`tests/dhat_heap.rs`, its own test binary
//! with `dhat::Alloc` as global allocator), which is how you pin an allocation budget in CI.
//!
//! **Flamegraph.** `cargo run --profile profiling --bin profiling -- --flamegraph flame.svg` runs
//! [`workload`] under `perf record` (DWARF unwinding, so the `profiling` profile's debug info is all it
//! needs), folds `perf script`'s stacks and draws the SVG itself ([`flamegraph`], no dependency). The
//! workload counts words with the default SipHash `HashMap` and with `FxHashMap`: the graph shows the
//! SipHash side wider. `tests/flamegraph.rs` produces a real SVG this way (CI installs `linux-perf`).
//! I chose `perf` plus 200 lines of Rust over `pprof` (its `flamegraph` feature pulls in `inferno` and
//! dozens of crates) and over `cargo flamegraph` (a separate install that wraps the same `perf`).
//!
//! Measured here (`cargo bench -p performance --bench profiling`, criterion's mean, 2 cores, load average
//! about 2; `performance/CLAIMS.md` row 25 holds the current hasher ratio):
//!
//! | bench | the guide | measured here |
//! | --- | --- | --- |
//! | word count, 100 000 words / 10 000 distinct, std `HashMap` (SipHash-1-3) | "35% of query time in `HashMap::hash`" | 2.13 ms |
//! | the same with `FxHashMap` | query latency 4.2 ms → 2.7 ms (1.6x) | 1.34 ms (1.58x faster) |
//! | pattern 3 as in the guide (`push_str(&format!)`), 10 000 items | — | 270 µs |
//! | pattern 3 fixed (`write!` into the buffer) | — | 136 µs (2.0x faster) |
//!
//! Allocation counts (exact, `cargo run --bin profiling`, and asserted by `tests/dhat_heap.rs`): pattern 1
//! 10 013 (10 000 strings + 13 `Vec` growths), pattern 2 10 001, the guide's pattern 3 10 001, fixed
//! pattern 3 1. The flamegraph of the workload (`--flamegraph flame.svg 300`, profiling profile, 1173
//! samples) put 60% of the samples in `count_words_std` and 39% in `count_words_fx`.
//!
//! Where this differs from the guide:
//! - Pattern 3 is fixed (`write!` into the reused `String`); the guide's version is kept as
//!   [`pattern3_reuse_guide`] so the counts can show the difference.
//! - The guide sets `debug = true` in `[profile.release]`. Here a separate `[profile.profiling]` in the root
//!   `Cargo.toml` inherits release and adds debug info, so normal release builds stay lean.
//! - The guide calls DHAT "part of Valgrind": that is Valgrind's `--tool=dhat`; dhat-rs (used here) is a
//!   Rust reimplementation that needs no Valgrind and has a testing mode.
//!
//! Follow-up (fewer allocations in hot paths, arenas): [`follow_up`], `cargo run --bin arena_allocation`.

use basics::alloc_counter::count_allocations;
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::fmt::Write as _;

pub mod flamegraph;

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
/// on every iteration.
/// Flaw: fine — proven by `cargo test -p performance --lib both_pattern3_versions_leave_the_last_item`
pub fn pattern3_reuse_guide() -> String {
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
    let (b, p3) = count_allocations(pattern3_reuse_guide);
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
    fn both_pattern3_versions_leave_the_last_item() {
        assert_eq!(pattern3_reuse_guide(), "item_9999");
        assert_eq!(pattern3_reuse_fixed(), "item_9999");
    }
}
