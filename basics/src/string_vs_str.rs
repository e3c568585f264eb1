//! Q7 — `String` is an owned, growable, heap-allocated UTF-8 buffer; `&str` is a borrowed view (pointer +
//! length) into UTF-8 bytes that live somewhere else: in a `String`, or in the binary for literals
//! (`&'static str`).
//!
//! Run `cargo run --bin string_vs_str`. `Alice Smith` and the three `Welcome, ...!` lines are the guide's
//! output: one `greet(name: &str)` accepts a `&String` (deref coercion, see the follow-up), a `&str` and a
//! literal. The guide creates `borrowed` and never uses it; here it is printed, and its pointer is compared
//! with `owned`'s to show that `&owned` copies nothing.
//!
//! The guide's mistake is `fn greet(name: String)`, which makes callers that keep their string clone it.
//! The guide's snippets are placeholders (`{ ... }`); here both halves are real code:
//! - wrong: [`greet_owned`]. Without `.clone()` the caller loses its string (E0382,
//!   `tests/ui/string_vs_str/string_param_moves.rs`) and a literal does not fit at all (E0308,
//!   `tests/ui/string_vs_str/string_param_rejects_literal.rs`), so callers end up writing `.clone()` and
//!   `.to_string()`;
//! - right: [`greet`], called with `&name` and with a literal.
//!
//! Measured with the workspace's counting allocator (`basics::alloc_counter`), deterministic, reproduced by
//! `cargo run --bin string_vs_str` (last lines) and `cargo test -p basics string_vs_str`:
//! - one call through a `String` parameter by a caller that keeps its string (`clone()`) costs 1
//!   allocation of the string's length (11 bytes for "Alice Smith"); through `&str`, 0 allocations;
//! - a literal through a `String` parameter (`"Bob".to_string()`) costs 1 allocation; through `&str`, 0;
//! - the guide's log pipeline, modelled by [`count_errors_owned`] / [`count_errors`] on 1 000 lines that
//!   the caller keeps: 1 000 allocations vs 0.
//!
//! The guide's "80% fewer allocations" and "45 minutes to 8" are figures of one company's pipeline: the
//! saving depends on how many `String`-taking calls each line went through and what else it allocated, so
//! they are not reproducible here. What is reproducible is the per-call cost above. The time it costs is
//! a benchmark, `cargo bench -p basics --bench string_params` (10 000 lines): on a quiet 2-core x86-64
//! machine, 183 µs with the `String` stage vs 48 µs with `&str` (3.84× faster, the figure in
//! `performance/CLAIMS.md` row 5). Timings vary by machine and by run, so no test asserts them.
//!
//! Follow-up (deref coercion): [`follow_up`], `cargo run --bin deref_coercion`.

use crate::alloc_counter::count_allocations;

/// The guide's example, with `borrowed` used.
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
    greet_owned(name.clone());
    // greet_owned(name); greet_owned(name); // ❌ E0382 — tests/ui/string_vs_str/string_param_moves.rs
    // greet_owned("Bob");                   // ❌ E0308 — tests/ui/string_vs_str/string_param_rejects_literal.rs

    println!("--- allocations per call, measured ---");
    let calls = measure_calls(&name);
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
    let pipeline = measure_pipeline(&lines);
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

/// The guide's mistake: an owned parameter where a borrow would do. Callers must give up their string or
/// clone it, and literals need `.to_string()`.
pub fn greet_owned(name: String) {
    println!("Welcome, {}!", name);
}

/// [`greet`]'s message, written into a caller's buffer instead of stdout, so a test can count allocations
/// without stdout's own buffering in the way. With enough capacity in `out`, this never allocates.
pub fn welcome_into(out: &mut String, name: &str) {
    out.push_str("Welcome, ");
    out.push_str(name);
    out.push_str("!\n");
}

/// [`greet_owned`]'s message into a caller's buffer: the same work, but it takes ownership of `name`.
pub fn welcome_owned_into(out: &mut String, name: String) {
    out.push_str("Welcome, ");
    out.push_str(&name);
    out.push_str("!\n");
} // `name` is freed here: the clone the caller made lived for one call

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

/// Follow-up: what is deref coercion, and how does a `String` turn into a `&str` automatically?
///
/// `String` implements `Deref<Target = str>`. When a reference's type does not match what is expected,
/// and the expected type is a reference, the compiler inserts as many `*` as needed, following `Deref`
/// impls: `&String` becomes `&*s`, a `&str`. It chains (`&Box<String>` → `&String` → `&str`), works for
/// any type with a `Deref` impl (`&Vec<T>` → `&[T]`, your own smart pointers and newtypes), and costs
/// nothing: the `&str` points at the `String`'s own buffer. Method calls go further and auto-reference /
/// auto-dereference the receiver, which is why `name.len()` finds `str::len`.
///
/// Where it does not happen (cases in `tests/ui/string_vs_str/`): a `String` *value* is not coerced,
/// only references are (`no_coercion_from_a_value.rs`, E0308: write `&name`); and patterns are not a
/// coercion site, so `match &name { "Alice" => .. }` is E0308 (`no_coercion_in_patterns.rs`: match on
/// `name.as_str()`).
pub mod follow_up {
    use std::ops::Deref;
    use std::rc::Rc;

    /// A newtype that derefs to `str`, so it can be passed wherever a `&str` is expected.
    #[derive(Debug)]
    pub struct Username(String);

    impl Username {
        /// Lower-cases the name; a username is never empty.
        pub fn new(raw: &str) -> Option<Self> {
            let name = raw.trim().to_lowercase();
            (!name.is_empty()).then_some(Username(name))
        }
    }

    impl Deref for Username {
        type Target = str;
        fn deref(&self) -> &str {
            &self.0
        }
    }

    /// Takes `&str`: every call in [`main`] reaches it through a different coercion.
    pub fn greet(name: &str) -> String {
        format!("Welcome, {name}!")
    }

    /// Takes `&[u8]`: `&Vec<u8>` coerces to it the same way.
    pub fn checksum(bytes: &[u8]) -> u32 {
        bytes.iter().map(|&b| u32::from(b)).sum()
    }

    /// Whether `view` points at the first byte of `owner`: a coercion makes no copy.
    pub fn same_buffer(view: &str, owner: &str) -> bool {
        view.as_ptr() == owner.as_ptr()
    }

    pub fn main() {
        let name = String::from("Alice");
        let boxed: Box<String> = Box::new(String::from("Boxed Bob"));
        let shared: Rc<String> = Rc::new(String::from("Shared Sam"));
        let user = Username::new("  Priya ").expect("a non-empty name");

        println!("&String      -> &str: {}", greet(&name)); // &String -> &str
        println!("&Box<String> -> &str: {}", greet(&boxed)); // &Box<String> -> &String -> &str
        println!("&Rc<String>  -> &str: {}", greet(&shared)); // &Rc<String> -> &String -> &str
        println!("&Username    -> &str: {}", greet(&user)); // our own Deref impl
        // Spelling out what the compiler inserts (clippy would tell us it is unnecessary, which is the point).
        #[allow(clippy::explicit_auto_deref)]
        let written_out = greet(&*name);
        println!("written out:          {written_out}");
        println!("as_str():             {}", greet(name.as_str())); // the explicit method

        let view: &str = &name;
        println!(
            "the &str shares the String's buffer: {}",
            same_buffer(view, &name)
        );
        println!(
            "method call auto-deref: name.len() = {} (str::len)",
            name.len()
        );

        let bytes: Vec<u8> = vec![1, 2, 3];
        println!("&Vec<u8> -> &[u8]: checksum = {}", checksum(&bytes));

        // Patterns do not coerce: match on the &str, not on &String.
        match name.as_str() {
            "Alice" => println!("match name.as_str(): matched \"Alice\""),
            _ => println!("match name.as_str(): someone else"),
        }
        // greet(name);                 // ❌ E0308 — tests/ui/string_vs_str/no_coercion_from_a_value.rs
        // match &name { "Alice" => .. } // ❌ E0308 — tests/ui/string_vs_str/no_coercion_in_patterns.rs

        println!("Username::new(\"   \") = {:?}", Username::new("   "));
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn every_kind_of_reference_coerces_to_str() {
            let name = String::from("Alice");
            let boxed = Box::new(String::from("Alice"));
            let shared = Rc::new(String::from("Alice"));
            let user = Username::new("ALICE").unwrap();
            for greeting in [greet(&name), greet(&boxed), greet(&shared)] {
                assert_eq!(greeting, "Welcome, Alice!");
            }
            assert_eq!(greet(&user), "Welcome, alice!", "Username lower-cases");
        }

        #[test]
        fn coercion_copies_nothing() {
            let name = String::from("Alice");
            let view: &str = &name;
            assert!(same_buffer(view, &name));
            let boxed = Box::new(String::from("Bob"));
            let through_box: &str = &boxed;
            assert_eq!(through_box.as_ptr(), boxed.as_ptr());
        }

        #[test]
        fn vec_coerces_to_slice() {
            #[allow(clippy::useless_vec)] // a `Vec` on purpose: `&Vec<u8>` is what is being coerced
            let bytes = vec![1, 2, 3];
            assert_eq!(checksum(&bytes), 6);
        }

        #[test]
        fn an_empty_username_is_rejected() {
            assert!(Username::new("  ").is_none());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
