//! **Q10 · Option, Result and `?`.** Rust has no null and no exceptions: a value that may be missing is an
//! `Option<T>`, an operation that may fail returns a `Result<T, E>`, and `?` hands an error to the caller.
//!
//! - Both are ordinary enums: the value is reachable only through a `match` or a method that decides what
//!   `None` or `Err` means. Proof: `cargo test -p basics --lib option_result::tests`
//! - `?` returns the `Err` early, converted with `From`, and only in a function returning `Result` or
//!   `Option` (E0277 otherwise). Proof: `cargo test -p basics --test compile_fail`
//! - An unused `Result` is a `#[must_use]` warning, but `let _ = r;` drops it silently. Proof: `cargo test -p basics --test compile_fail`
//! - `unwrap_or(expr)` evaluates `expr` even on `Some`; `unwrap_or_else` only on `None`. Proof: `cargo test -p basics --lib option_result::tests::unwrap_or_builds_its_default_even_on_some`
//!
//! # Run it
//! `cargo run --bin option_result [PATH]` (default `age.txt`). A missing, garbage or out-of-range file is
//! reported on stderr with exit status 1, each a stored run in its own fixture folder.
//!
//! # Differences from the guide
//! - Errors go to stderr with status 1: [ERRATA.md, Q10](../../ERRATA.md#q10).
//! - `parse::()` is `parse::<u8>()`: [ERRATA.md, Q10](../../ERRATA.md#q10).
//! - No unused imports: [ERRATA.md, Q10](../../ERRATA.md#q10).
//!
//! # More to explore
//! - As printed, `contents.parse::().unwrap()` is E0615 (attempted to take value of method `parse`):
//!   rustc reads `parse::()` as a field with empty generic arguments
//!   (`tests/ui/option_result/turbofish_without_type.rs`).
//! - `?` in a `main` returning `()` is E0277 (`question_mark_in_unit_main.rs`), and so is `?` on an
//!   `Option` in a function returning `Result` (`question_mark_option_in_result_fn.rs`, fixed with `ok_or`).
//! - `let _ = parse(..)` vs a bare `parse(..);`: `tests/ui/option_result/unused_result.rs` (only the bare
//!   statement is reported). `let _ =` is also how a lock guard gets dropped at once by mistake.
//! - The guide's `unwrap_or("Guest".to_string())` is fine where it is (the user is missing, so the default
//!   is needed); on a found user it would build and free a `"Guest"` for nothing.
//!
//! # Follow-up
//! What is the difference between `unwrap()`, `expect()` and `?`? [`follow_up`],
//! `cargo run --bin unwrap_expect_try`.

use std::fs;
use std::process::ExitCode;

pub mod follow_up;

/// The guide's example. Reads the path given as the first argument, or `age.txt`.
pub fn main() -> ExitCode {
    // Option handling
    match find_user(1) {
        Some(name) => println!("Found: {}", name),
        None => println!("User not found"),
    }

    // Concise Option methods
    let name = find_user(99).unwrap_or("Guest".to_string());
    println!("Welcome, {}", name); // Welcome, Guest

    // Result handling
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| DEFAULT_PATH.to_string());
    match read_age_from_file(&path) {
        Ok(age) => {
            println!("Age: {}", age);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("Error: cannot read an age from {path:?}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Option — a value that might not exist.
pub fn find_user(id: u32) -> Option<String> {
    match id {
        1 => Some("Alice".to_string()),
        2 => Some("Bob".to_string()),
        _ => None,
    }
}

/// Result with `?`: each `?` returns early with the error, converted into `Box<dyn Error>`.
pub fn read_age_from_file(path: &str) -> Result<u8, Box<dyn std::error::Error>> {
    let contents = fs::read_to_string(path)?; // ? returns early if Err
    let age = contents.trim().parse::<u8>()?; // ? propagates parse error
    Ok(age)
}

/// The file read when no path is given, as in the guide.
pub const DEFAULT_PATH: &str = "age.txt";

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The fixture folders of the stored binary runs, read here too (never written).
    fn fixture(case: &str) -> String {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/cmd")
            .join(case)
            .join("age.txt")
            .to_string_lossy()
            .into_owned()
    }

    #[test]
    fn find_user_knows_two_users() {
        assert_eq!(find_user(1).as_deref(), Some("Alice"));
        assert_eq!(find_user(2).as_deref(), Some("Bob"));
        assert_eq!(find_user(99), None);
        assert_eq!(find_user(99).unwrap_or("Guest".to_string()), "Guest");
    }

    #[test]
    fn reads_a_valid_age() {
        assert_eq!(
            read_age_from_file(&fixture("option_result.in")).unwrap(),
            28
        );
    }

    #[test]
    fn a_missing_file_is_an_error_not_a_panic() {
        let err = read_age_from_file(&fixture("option_result_missing.in")).unwrap_err();
        let io = err.downcast_ref::<std::io::Error>().expect("an I/O error");
        assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    }

    #[test]
    fn garbage_and_out_of_range_are_parse_errors() {
        for (case, message) in [
            ("option_result_garbage.in", "invalid digit found in string"),
            (
                "option_result_too_big.in",
                "number too large to fit in target type",
            ),
        ] {
            let err = read_age_from_file(&fixture(case)).unwrap_err();
            assert!(err.is::<std::num::ParseIntError>(), "{case}: {err}");
            assert_eq!(err.to_string(), message);
        }
    }

    #[test]
    fn unwrap_or_builds_its_default_even_on_some() {
        use crate::alloc_counter::count_allocations;
        // Found user: `unwrap_or` still builds (and frees) "Guest"; `unwrap_or_else` never calls its closure.
        let (name, eager) = count_allocations(|| find_user(1).unwrap_or("Guest".to_string()));
        assert_eq!(name, "Alice");
        let (name, lazy) =
            count_allocations(|| find_user(1).unwrap_or_else(|| "Guest".to_string()));
        assert_eq!(name, "Alice");
        assert_eq!(
            (eager.allocations, lazy.allocations),
            (2, 1),
            "\"Alice\" + \"Guest\" vs \"Alice\""
        );
    }
}
