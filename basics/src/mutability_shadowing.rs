//! **Q2 · Mutability and shadowing.** Variables are immutable unless declared `let mut`; a new `let` with
//! an existing name *shadows* it, creating a new variable that may even have a different type.
//!
//! - Assigning twice to a plain `let` is E0384: immutability is the default, `mut` is opt-in. Proof: `cargo test -p basics --test compile_fail`
//! - `mut` lets the value change, never the type: `let mut x = "hello"; x = 5;` is E0308. Proof: `cargo test -p basics --test compile_fail`
//! - Shadowing can change the type: `let x = "hello"; let x = 5;` compiles, because the second `x` is a
//!   new variable. Proof: `cargo test -p basics --lib mutability_shadowing::tests::shadowing_may_change_the_type`
//! - The guide's pipeline keeps one name per stage (text, fields, record) and reports bad input as an
//!   error. Proof: `cargo test -p basics --lib mutability_shadowing::tests`
//!
//! # Run it
//! `cargo run --bin mutability_shadowing`: `Score: 10` and `Result: 84` are the guide's; the three
//! `input`s are three variables, and nothing was mutated.
//!
//! # Differences from the guide
//! - `name` is printed, not left unused: [ERRATA.md, Q2](../../ERRATA.md#q2).
//!
//! # More to explore
//! - Cases: `tests/ui/mutability_shadowing/assign_twice_to_immutable.rs`, `mut_cannot_change_type.rs`.
//! - The guide's `input.parse::<i32>().unwrap()` is safe only because its input is the constant `"42"`
//!   (test `the_guides_unwrap_panics_on_input_that_is_not_a_number`); [`parse_transaction`] returns an
//!   `Err` instead.
//!
//! # Follow-up
//! When would you use `mut` vs shadowing, and what are the trade-offs? [`follow_up`],
//! `cargo run --bin mut_vs_shadowing`.

pub mod follow_up;

/// The guide's example.
pub fn main() {
    // Immutable by default
    let name = "Alice";
    // name = "Bob"; // ❌ E0384 — tests/ui/mutability_shadowing/assign_twice_to_immutable.rs
    println!("Name: {}", name);

    // Mutable variable
    let mut score = 0;
    score += 10;
    println!("Score: {}", score); // 10

    // Shadowing — each `let` creates a NEW variable (the type may change)
    let input = "42"; // &str
    let input = input.parse::<i32>().unwrap(); // now i32; "42" is a constant, so this cannot fail
    let input = input * 2; // still i32, new value
    println!("Result: {}", input); // 84

    // The guide's mistake, fixed: shadowing (not `mut`) is how a name changes type.
    // let mut x = "hello"; x = 5; // ❌ E0308 — tests/ui/mutability_shadowing/mut_cannot_change_type.rs
    let (before, after) = shadow_with_new_type();
    println!("Shadowed: x was {:?}, now x is {}", before, after);

    // The pipeline from the guide's real-world story, one name per stage.
    for raw in ["TX-1001,2500", "TX-1002,abc"] {
        match parse_transaction(raw) {
            Ok(tx) => println!("Parsed {raw:?} -> {tx:?}"),
            Err(e) => println!("Rejected {raw:?}: {e}"),
        }
    }
}

/// The "right" half of the guide's mistake: `let x = "hello"; let x = 5;` compiles, because the second
/// `x` is a new variable of type `i32`.
pub fn shadow_with_new_type() -> (&'static str, i32) {
    let x = "hello";
    let before = x; // read the first `x` while it is still visible
    let x = 5; // a new variable of a new type; the `&str` one is now hidden
    (before, x)
}

/// A validated transaction record.
#[derive(Debug, PartialEq, Eq)]
pub struct Transaction {
    pub id: String,
    pub amount: u32,
}

/// Raw CSV line → fields → typed values → validated record, re-using the name `record` for each stage.
///
/// Each `let record` shadows the previous stage, so a stage that is no longer valid cannot be used by
/// mistake. Bad input becomes an `Err` with a readable message, never a panic.
pub fn parse_transaction(line: &str) -> Result<Transaction, String> {
    let record = line.trim(); // &str
    let record: Vec<&str> = record.split(',').map(str::trim).collect(); // fields
    let record = match record.as_slice() {
        [id, amount] => (*id, amount.parse::<u32>()), // (&str, Result<u32, _>)
        _ => return Err(format!("expected 2 fields, found {}", record.len())),
    };
    let record = match record {
        (id, Ok(amount)) if id.starts_with("TX-") => Transaction {
            id: id.to_string(),
            amount,
        },
        (id, Ok(_)) => return Err(format!("id {id:?} does not start with TX-")),
        (_, Err(e)) => return Err(format!("amount is not a whole number: {e}")),
    };
    Ok(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shadowing_may_change_the_type() {
        assert_eq!(shadow_with_new_type(), ("hello", 5));
    }

    #[test]
    fn the_pipeline_accepts_a_good_line() {
        assert_eq!(
            parse_transaction(" TX-1001, 2500 "),
            Ok(Transaction {
                id: "TX-1001".into(),
                amount: 2500
            })
        );
    }

    #[test]
    fn the_pipeline_rejects_bad_lines_without_panicking() {
        assert_eq!(
            parse_transaction("TX-1002,abc"),
            Err("amount is not a whole number: invalid digit found in string".into())
        );
        assert_eq!(
            parse_transaction("TX-1"),
            Err("expected 2 fields, found 1".into())
        );
        assert_eq!(
            parse_transaction("ID-1,5"),
            Err("id \"ID-1\" does not start with TX-".into())
        );
    }

    #[test]
    #[should_panic(expected = "ParseIntError { kind: InvalidDigit }")]
    fn the_guides_unwrap_panics_on_input_that_is_not_a_number() {
        // The guide's `input.parse::<i32>().unwrap()` is only safe because its input is the constant "42".
        let input = std::hint::black_box("forty-two");
        let _ = input.parse::<i32>().unwrap();
    }
}
