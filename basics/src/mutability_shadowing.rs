//! Q2 — Variables are immutable unless declared `let mut`; `let` with an existing name *shadows* it,
//! creating a new variable that may even have a different type.
//!
//! Run `cargo run --bin mutability_shadowing`: `Score: 10` and `Result: 84` are the guide's output. The
//! three `input`s are three different variables (`&str`, then `i32`, then another `i32`); nothing was
//! mutated. The guide declares `name` and never uses it (an `unused_variables` warning); here it is printed.
//!
//! Compile-fail cases with their real error codes, in `tests/ui/mutability_shadowing/`:
//! - `assign_twice_to_immutable.rs`: `name = "Bob"` on a plain `let` is E0384;
//! - `mut_cannot_change_type.rs`: the guide's mistake, `let mut x = "hello"; x = 5;`, is E0308 (mismatched
//!   types): `mut` lets the *value* change, never the type. The right half, re-binding with `let`, is
//!   [`shadow_with_new_type`].
//!
//! The guide's pipeline story (raw CSV text, then parsed fields, then a validated record, all under one
//! name) is [`parse_transaction`], which reports bad input as an error instead of panicking.
//!
//! Follow-up (`mut` vs shadowing): [`follow_up`], `cargo run --bin mut_vs_shadowing`.

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

/// Follow-up: when would you use `mut` vs shadowing, and what are the trade-offs?
///
/// - **`mut`** changes a value in place, keeping its type and storage: accumulators, counters, buffers
///   filled in a loop (`total += x`, `buf.push(..)`). Shadowing cannot do this: a `let` inside a loop body
///   creates a new variable that dies at the end of each iteration.
/// - **Shadowing** gives a name a new value, possibly of a new type, while the old variable stays
///   immutable: parsing and transformation steps (`let input = input.parse()?`).
/// - **Freezing**: `let v = v;` after building a `mut` value makes it immutable from then on; changing it
///   afterwards is E0596 (`tests/ui/mutability_shadowing/frozen_after_shadowing.rs`).
/// - **The trap**: shadowing inside an inner block does not change the outer variable; when the block
///   ends the old value is visible again. The output shows this.
pub mod follow_up {
    /// `mut` for an accumulator: one variable updated in place.
    pub fn total_with_mut(amounts: &[u32]) -> u32 {
        let mut total = 0;
        for amount in amounts {
            total += amount;
        }
        total
    }

    /// Shadowing to change type step by step, and to freeze a value built with `mut`.
    pub fn normalised_tags(raw: &str) -> Vec<String> {
        let tags = raw.split(','); // an iterator of &str
        let mut tags: Vec<String> = tags.map(|t| t.trim().to_lowercase()).collect();
        tags.sort();
        tags.dedup();
        let tags = tags; // frozen: no more changes past this line
        tags
    }

    /// The trap: a shadow inside a block disappears at the end of the block.
    pub fn shadow_in_block() -> (i32, i32) {
        let level = 1;
        let inner = {
            let level = level + 1; // a new `level`, visible only inside this block
            level
        };
        (inner, level) // the outer `level` is still 1
    }

    pub fn main() {
        println!(
            "mut accumulator: total = {}",
            total_with_mut(&[100, 250, 50])
        );
        println!(
            "shadowing changes type, then freezes: {:?}",
            normalised_tags("Rust, rust ,Go,  GO,c++")
        );
        let (inner, outer) = shadow_in_block();
        println!("shadow in a block: inside = {inner}, after the block = {outer}");
        println!("mut in a block:    after the block = {}", mut_in_block());
    }

    /// Compare with [`shadow_in_block`]: mutation inside a block *does* change the outer variable.
    pub fn mut_in_block() -> i32 {
        let mut level = 1;
        {
            level += 1;
        }
        level
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn mut_accumulates() {
            assert_eq!(total_with_mut(&[100, 250, 50]), 400);
            assert_eq!(total_with_mut(&[]), 0);
        }

        #[test]
        fn shadowing_transforms_and_freezes() {
            assert_eq!(
                normalised_tags("Rust, rust ,Go,  GO,c++"),
                ["c++", "go", "rust"]
            );
        }

        #[test]
        fn a_shadow_ends_with_its_block_but_a_mutation_does_not() {
            assert_eq!(shadow_in_block(), (2, 1));
            assert_eq!(mut_in_block(), 2);
        }
    }
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
