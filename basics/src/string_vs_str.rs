//! **Q7 · String vs &str.** `String` owns a growable UTF-8 buffer on the heap; `&str` is a borrowed view
//! (pointer + length) of UTF-8 bytes that live elsewhere, so a function that only reads text takes `&str`.
//!
//! - `String` is three words (pointer, capacity, length) and frees its buffer; `&str` is two. Proof: `cargo test -p basics --lib string_vs_str::tests::a_string_is_three_words_and_a_str_two`
//! - `&owned` copies nothing: the view points at the `String`'s own bytes. Proof: `cargo test -p basics --lib string_vs_str::tests::a_borrowed_view_shares_the_buffer`
//! - `fn greet(name: &str)` takes `&String`, `&str` and literals with 0 allocations; a `String` parameter
//!   costs a caller who keeps its string 1 allocation per call. Proof: `cargo test -p basics --lib string_vs_str::tests`
//! - Without that clone the caller loses its string (E0382), and a literal does not fit (E0308). Proof: `cargo test -p basics --test compile_fail`
//!
//! # Run it
//! `cargo run --bin string_vs_str`: the guide's four lines, then the allocations each way of calling
//! costs, counted by the workspace's counting allocator.
//!
//! # Differences from the guide
//! - The mistake's placeholders are real code with real errors: [ERRATA.md, Q7](../../ERRATA.md#q7).
//! - "80% fewer allocations" is measured per call instead: [ERRATA.md, Q7](../../ERRATA.md#q7).
//! - `borrowed` is used: [ERRATA.md, Q7](../../ERRATA.md#q7).
//!
//! # More to explore
//! - The counts are exact and asserted: 1 allocation of 11 bytes ("Alice Smith") vs 0; a literal through
//!   `String` 1 allocation of 3 bytes vs 0; the guide's log pipeline, modelled by [`count_errors_owned`]
//!   and [`count_errors`] on 1 000 lines the caller keeps, 1 000 allocations vs 0 (`performance/CLAIMS.md`
//!   rows 3 and 4). The guide's "80%" and "45 → 8 minutes" describe one company's pipeline; the speed of
//!   the two stages is a benchmark, `cargo bench -p basics --bench string_params` (CLAIMS.md row 5).
//! - A `String` cannot be indexed by an integer (`s[0]` is E0277, `tests/ui/string_vs_str/string_index.rs`):
//!   a UTF-8 character can take 1 to 4 bytes. Use `s.chars()`, `s.bytes()` or a byte range `&s[0..1]`.
//! - A literal is a `&'static str`: its bytes are in the binary, so it never allocates.
//! - The measuring code (counting allocator, buffers) is in [`support`], out of the lesson's way.
//!
//! # Follow-up
//! What is deref coercion, and how does a `String` turn into a `&str`? [`follow_up`],
//! `cargo run --bin deref_coercion`.

pub mod follow_up;
pub mod support;

/// The guide's example, with `borrowed` used, then the cost of each way of calling.
pub fn main() {
    // &str — borrowed, immutable, no allocation
    let greeting: &str = "Hello, world!"; // string literal → &'static str

    // String — owned, heap-allocated, growable
    let mut name = String::from("Alice");
    name.push_str(" Smith"); // ✅ can modify
    println!("{}", name); // Alice Smith

    // Converting between them
    let owned: String = greeting.to_string(); // &str → String (allocates)
    let borrowed: &str = &owned; // String → &str (free, just a view)
    println!(
        "borrowed = {:?}, same bytes as owned: {}",
        borrowed,
        borrowed.as_ptr() == owned.as_ptr()
    );

    // Functions should accept &str for flexibility
    greet(&name); // &String coerces to &str
    greet(greeting); // &str works directly
    greet("Bob"); // literal works too

    // The guide's mistake: a `String` parameter. It works, but a caller that keeps `name` must clone it.
    guide_greet(name.clone());
    // guide_greet(name); guide_greet(name); // ❌ E0382 — tests/ui/string_vs_str/string_param_moves.rs
    // guide_greet("Bob");                   // ❌ E0308 — tests/ui/string_vs_str/string_param_rejects_literal.rs

    println!("--- allocations per call, measured ---");
    let calls = support::measure_calls(&name);
    println!(
        "String parameter, caller keeps its string (clone):  {}",
        calls.owned_clone
    );
    println!(
        "&str parameter, &name:                              {}",
        calls.borrowed
    );
    println!(
        "String parameter, literal (\"Bob\".to_string()):      {}",
        calls.owned_literal
    );
    println!(
        "&str parameter, literal:                            {}",
        calls.borrowed_literal
    );
    let lines = sample_log(1_000);
    let pipeline = support::measure_pipeline(&lines);
    println!(
        "1000 log lines, count_errors_owned (String): {} errors, {} allocations",
        pipeline.owned.0, pipeline.owned.1
    );
    println!(
        "1000 log lines, count_errors (&str):         {} errors, {} allocations",
        pipeline.borrowed.0, pipeline.borrowed.1
    );
}

/// The idiomatic signature: accepts `&String` (via deref coercion), `&str` and literals, allocates nothing.
pub fn greet(name: &str) {
    println!("Welcome, {}!", name);
}

/// The guide's mistake, `fn greet(name: String)`: an owned parameter where a borrow would do. Callers must
/// give up their string or clone it (one allocation a call), and literals need `.to_string()`.
/// Flaw: fine. Proof: `cargo test -p basics --lib string_vs_str::tests::a_string_parameter_costs_one_allocation_per_call_and_str_none`
pub fn guide_greet(name: String) {
    println!("Welcome, {}!", name);
}

/// A line of the guide's log pipeline taken by value, as in the mistake.
pub fn is_error_owned(line: String) -> bool {
    line.contains("ERROR")
}

/// The same check on a borrowed line.
pub fn is_error(line: &str) -> bool {
    line.contains("ERROR")
}

/// Counts error lines with the `String`-parameter stage; the caller keeps its lines, so each is cloned.
pub fn count_errors_owned(lines: &[String]) -> usize {
    lines
        .iter()
        .filter(|line| is_error_owned((*line).clone()))
        .count()
}

/// Counts error lines with the `&str` stage: no copies.
pub fn count_errors(lines: &[String]) -> usize {
    lines.iter().filter(|line| is_error(line)).count()
}

/// `n` log lines, every tenth an error.
pub fn sample_log(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let level = if i % 10 == 0 { "ERROR" } else { "INFO" };
            format!("2024-05-01T12:00:00Z {level} request {i} served")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::support::*;
    use super::*;

    #[test]
    fn a_string_is_three_words_and_a_str_two() {
        let word = size_of::<usize>();
        assert_eq!(size_of::<String>(), 3 * word, "pointer, capacity, length");
        assert_eq!(size_of::<&str>(), 2 * word, "pointer, length");
    }

    #[test]
    fn a_borrowed_view_shares_the_buffer() {
        let owned = String::from("Hello, world!");
        let borrowed: &str = &owned;
        assert_eq!(borrowed.as_ptr(), owned.as_ptr());
    }

    #[test]
    fn the_right_half_accepts_strings_and_literals() {
        let mut out = String::new();
        let name = String::from("Alice Smith");
        welcome_into(&mut out, &name);
        welcome_into(&mut out, "Bob");
        assert_eq!(out, "Welcome, Alice Smith!\nWelcome, Bob!\n");
        assert_eq!(name, "Alice Smith", "the caller still owns its string");
    }

    #[test]
    fn a_string_parameter_costs_one_allocation_per_call_and_str_none() {
        let name = String::from("Alice Smith");
        let one = |bytes| Cost {
            allocations: 1,
            bytes,
        };
        let zero = Cost {
            allocations: 0,
            bytes: 0,
        };
        assert_eq!(
            measure_calls(&name),
            CallCosts {
                owned_clone: one(11),
                borrowed: zero,
                owned_literal: one(3),
                borrowed_literal: zero,
            }
        );
    }

    #[test]
    fn the_pipeline_allocates_once_per_line_with_string_and_never_with_str() {
        let lines = sample_log(1_000);
        assert_eq!(
            measure_pipeline(&lines),
            PipelineCosts {
                owned: (100, 1_000),
                borrowed: (100, 0),
            }
        );
    }
}
