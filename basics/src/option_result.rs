//! Q10 — No null and no exceptions: a value that may be missing is an `Option<T>`, an operation that may
//! fail returns a `Result<T, E>`, and `?` passes an error to the caller in one character.
//!
//! Run `cargo run --bin option_result` next to a file `age.txt` (or give a path:
//! `cargo run --bin option_result -- some/dir/age.txt`). `Found: Alice` and `Welcome, Guest` are the
//! guide's output; the last line depends on the file:
//!
//! | `age.txt` | output | exit status |
//! | --- | --- | --- |
//! | `28` | `Age: 28` on stdout | 0 |
//! | missing | `Error: cannot read an age from "age.txt": No such file or directory (os error 2)` on stderr | 1 |
//! | `twenty-eight` | `Error: ... invalid digit found in string` on stderr | 1 |
//! | `300` | `Error: ... number too large to fit in target type` on stderr (a `u8` stops at 255) | 1 |
//!
//! Each row is a stored case in `tests/cmd/` (`option_result*.toml`) that runs in its own fixture folder
//! (`option_result*.in/`), so the tests never read or write a file of yours.
//!
//! Differences from the guide: its `main` prints the error with `println!` and exits with status 0, as if
//! nothing went wrong; here the error goes to stderr with the path it concerns, and the exit status is 1,
//! so scripts and CI can tell. The file name is still `age.txt` by default.
//!
//! The guide's mistake snippet lost its type parameter in print (`contents.parse::()`); it is
//! `parse::<u8>()`. As printed it does not compile: rustc parses `contents.parse::()` as a field
//! access (with empty parenthesised generic arguments), not a method call, and reports E0615 (attempted to take
//! value of method `parse`): `tests/ui/option_result/turbofish_without_type.rs`. With the type, the wrong half (`.unwrap()`)
//! panics on bad input (`should_panic` tests in [`follow_up`], and the follow-up binary's `unwrap` mode exits with status 101); the
//! right half (`?`) is [`read_age_from_file`]. And `?` only works in a function that returns a `Result` (or
//! `Option`): in a `main` returning `()` it is E0277 (`tests/ui/option_result/question_mark_in_unit_main.rs`).
//!
//! Follow-up (`unwrap()` vs `expect()` vs `?`): [`follow_up`], `cargo run --bin unwrap_expect_try`.

use std::fs;
use std::process::ExitCode;

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

/// Follow-up: what is the difference between `unwrap()`, `expect()` and the `?` operator?
///
/// All three take the value out of an `Ok`/`Some`. They differ in what happens otherwise:
///
/// - `unwrap()` panics with a generic message (`called Result::unwrap() on an Err value: ...`). Fine in
///   tests and for values that truly cannot fail; a crash in production on bad input.
/// - `expect("why this cannot fail")` panics too, with your message first: same crash, better report. Use
///   it for invariants, and phrase the message as the expectation.
/// - `?` does not panic: it returns the error to the caller (converting it with `From`), so the caller
///   decides. It needs a function returning `Result` (or `Option` for `Option`s); in a `main` returning
///   `()` it is E0277, and so is `?` on an `Option` in a function returning `Result`
///   (`tests/ui/option_result/question_mark_option_in_result_fn.rs`): `ok_or` turns it into a `Result`
///   first, as `age_next_year` does.
/// - Defaults without a panic: `unwrap_or`, `unwrap_or_else`, `unwrap_or_default`, and `ok_or` to turn an
///   `Option` into a `Result` that `?` can pass on.
///
/// `cargo run --bin unwrap_expect_try` shows `?` and the defaults; `unwrap_expect_try unwrap abc` and
/// `unwrap_expect_try expect abc` really panic (exit status 101, message on stderr), and
/// `unwrap_expect_try try abc` reports the same bad input as an error (exit status 1); an unknown mode
/// prints the usage and exits with status 2. Each of these runs is a stored case in `tests/cmd/`.
pub mod follow_up {
    use std::num::ParseIntError;
    use std::process::ExitCode;

    /// The wrong half of the guide's mistake: panics when `contents` is not an age.
    pub fn parse_age_unwrap(contents: &str) -> u8 {
        contents.trim().parse::<u8>().unwrap() // 💥 panics on bad input
    }

    /// Still panics on bad input, but says which expectation was broken.
    pub fn parse_age_expect(contents: &str) -> u8 {
        contents
            .trim()
            .parse::<u8>()
            .expect("age must be a whole number from 0 to 255")
    }

    /// The right half: the error goes back to the caller.
    pub fn parse_age(contents: &str) -> Result<u8, ParseIntError> {
        let age = contents.trim().parse::<u8>()?; // returns Err to caller
        Ok(age)
    }

    /// `?` on an `Option` inside a function returning `Option`: the first `None` ends it.
    pub fn first_user_initial(id: u32) -> Option<char> {
        let name = super::find_user(id)?;
        name.chars().next()
    }

    /// `ok_or` turns "no such user" into an error so that `?` can pass it on with the parse errors.
    pub fn age_next_year(id: u32, contents: &str) -> Result<String, Box<dyn std::error::Error>> {
        let name = super::find_user(id).ok_or(format!("no user with id {id}"))?;
        let age = parse_age(contents)?; // ParseIntError -> Box<dyn Error> through `From`
        let next = age
            .checked_add(1)
            .ok_or("age 255 has no next year in a u8")?;
        Ok(format!("{name} will be {next}"))
    }

    fn demo() {
        for input in ["28", "abc", "300"] {
            match parse_age(input) {
                Ok(age) => println!("?: parse_age({input:?}) = Ok({age})"),
                Err(e) => println!("?: parse_age({input:?}) = Err({e})"),
            }
        }
        println!(
            "unwrap_or(0): {}",
            parse_age("abc").unwrap_or(0) // a default instead of a panic
        );
        println!(
            "unwrap_or_else: {}",
            parse_age("abc").unwrap_or_else(|e| {
                println!("  (computing a fallback because: {e})");
                18
            })
        );
        println!(
            "unwrap_or_default on Option: {:?}",
            super::find_user(99).unwrap_or_default()
        );
        println!(
            "? on Option: first_user_initial(2) = {:?}",
            first_user_initial(2)
        );
        println!(
            "? on Option: first_user_initial(9) = {:?}",
            first_user_initial(9)
        );
        for (id, contents) in [(1, "28"), (9, "28"), (2, "old"), (2, "255")] {
            match age_next_year(id, contents) {
                Ok(text) => println!("age_next_year({id}, {contents:?}) = Ok({text:?})"),
                Err(e) => println!("age_next_year({id}, {contents:?}) = Err({e})"),
            }
        }
        println!("try `unwrap_expect_try unwrap abc`, `... expect abc` and `... try abc`");
    }

    /// Without arguments: the non-panicking tour. With `unwrap|expect|try INPUT`: parse INPUT that way.
    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.as_slice() {
            [] => {
                demo();
                ExitCode::SUCCESS
            }
            [mode, input] if mode == "unwrap" => {
                println!("Age: {}", parse_age_unwrap(input)); // panics (exit status 101) on bad input
                ExitCode::SUCCESS
            }
            [mode, input] if mode == "expect" => {
                println!("Age: {}", parse_age_expect(input)); // panics (exit status 101) on bad input
                ExitCode::SUCCESS
            }
            [mode, input] if mode == "try" => match parse_age(input) {
                Ok(age) => {
                    println!("Age: {age}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("Error: {input:?} is not an age: {e}");
                    ExitCode::FAILURE
                }
            },
            _ => {
                eprintln!("usage: unwrap_expect_try [unwrap|expect|try INPUT]");
                ExitCode::from(2)
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn all_three_agree_on_good_input() {
            assert_eq!(parse_age_unwrap(" 28\n"), 28);
            assert_eq!(parse_age_expect("28"), 28);
            assert_eq!(parse_age("28"), Ok(28));
        }

        #[test]
        #[should_panic(
            expected = "called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }"
        )]
        fn unwrap_panics_on_bad_input() {
            parse_age_unwrap("abc");
        }

        #[test]
        #[should_panic(
            expected = "age must be a whole number from 0 to 255: ParseIntError { kind: PosOverflow }"
        )]
        fn expect_panics_with_its_message() {
            parse_age_expect("300");
        }

        #[test]
        fn question_mark_returns_the_error_instead() {
            assert_eq!(
                parse_age("abc").unwrap_err().to_string(),
                "invalid digit found in string"
            );
            assert_eq!(
                parse_age("").unwrap_err().to_string(),
                "cannot parse integer from empty string"
            );
        }

        #[test]
        fn question_mark_on_option_and_ok_or() {
            assert_eq!(first_user_initial(1), Some('A'));
            assert_eq!(first_user_initial(3), None);
            assert_eq!(age_next_year(1, "28").unwrap(), "Alice will be 29");
            assert_eq!(
                age_next_year(7, "28").unwrap_err().to_string(),
                "no user with id 7"
            );
            assert_eq!(
                age_next_year(2, "255").unwrap_err().to_string(),
                "age 255 has no next year in a u8"
            );
        }
    }
}

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
}
