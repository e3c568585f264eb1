//! **Q10 follow-up · `unwrap()` vs `expect()` vs `?`.** All three take the value out of an `Ok` or a
//! `Some`; on `Err` or `None`, `unwrap` and `expect` panic, while `?` returns the error to the caller.
//!
//! - `unwrap()` panics with a generic message: for tests and values that truly cannot fail. Proof: `cargo test -p basics --lib option_result::follow_up::tests::guide_parse_age_panics_on_bad_input`
//! - `expect("...")` is the same crash with your message first: phrase it as the expectation. Proof: `cargo test -p basics --lib option_result::follow_up::tests::expect_panics_with_its_message`
//! - `?` does not panic: the caller decides; `ok_or` turns an `Option` into a `Result` for it. Proof: `cargo test -p basics --lib option_result::follow_up::tests::question_mark_on_option_and_ok_or`
//! - A panic exits with 101; `fn main() -> Result<(), E>` returning `Err` exits with 1 and prints the
//!   error's `Debug` form. Proof: `cargo test -p basics --test outputs`
//!
//! # Run it
//! `cargo run --bin unwrap_expect_try` tours `?` and the defaults; `unwrap_expect_try unwrap abc`,
//! `... expect abc`, `... try abc` and `... main abc` show each way of failing (stored runs, with status).
//!
//! # Differences from the guide
//! - The mistake's `parse::()` is `parse::<u8>()`: [ERRATA.md, Q10](../../../ERRATA.md#q10).
//!
//! # More to explore
//! - A bare `?` on an `Option` in a `Result` fn is E0277
//!   (`tests/ui/option_result/question_mark_option_in_result_fn.rs`).
//! - The `Debug` report is why this workspace's mains print the error with `Display` and return
//!   `ExitCode`.
//! - Defaults without a panic: `unwrap_or`, `unwrap_or_else`, `unwrap_or_default`; `ok_or` /
//!   `ok_or_else` from `Option` to `Result`, `.ok()` back.
//! - `?` converts with `From`: [`age_next_year`] passes a `String`, a `&str` and a `ParseIntError` through
//!   one `Box<dyn Error>`.
//! - The `main` mode calls [`std::process::Termination::report`] on the `Result`, exactly what the runtime
//!   does with the value a `fn main() -> Result<(), E>` returns.

use std::num::ParseIntError;
use std::process::ExitCode;

/// Without arguments: the non-panicking tour. With `unwrap|expect|try|main INPUT`: parse INPUT that way.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => {
            demo();
            ExitCode::SUCCESS
        }
        [mode, input] if mode == "unwrap" => {
            println!("Age: {}", guide_parse_age(input)); // panics (exit status 101) on bad input
            ExitCode::SUCCESS
        }
        [mode, input] if mode == "expect" => {
            println!("Age: {}", parse_age_expect(input)); // panics (exit status 101) on bad input
            ExitCode::SUCCESS
        }
        [mode, input] if mode == "main" => {
            // What the runtime does with the value of `fn main() -> Result<(), ParseIntError>`:
            // `Err` prints "Error: " and the error's Debug form on stderr, and the exit status is 1.
            let result = parse_age(input).map(|age| println!("Age: {age}"));
            std::process::Termination::report(result)
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
            eprintln!("usage: unwrap_expect_try [unwrap|expect|try|main INPUT]");
            ExitCode::from(2)
        }
    }
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
    println!(
        "try `unwrap_expect_try unwrap abc`, `... expect abc`, `... try abc` and `... main abc`"
    );
}

/// The wrong half of the guide's mistake, `contents.parse::<u8>().unwrap()`: panics when `contents` is not
/// an age.
/// Flaw: panics. Proof: `cargo test -p basics --lib option_result::follow_up::tests::guide_parse_age_panics_on_bad_input`
pub fn guide_parse_age(contents: &str) -> u8 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_three_agree_on_good_input() {
        assert_eq!(guide_parse_age(" 28\n"), 28);
        assert_eq!(parse_age_expect("28"), 28);
        assert_eq!(parse_age("28"), Ok(28));
    }

    #[test]
    #[should_panic(
        expected = "called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }"
    )]
    fn guide_parse_age_panics_on_bad_input() {
        guide_parse_age("abc");
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
