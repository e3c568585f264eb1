//! **Q4 follow-up · The unit type `()`.** `()` is the type with exactly one value, also written `()`: what a
//! function or block returns when it has nothing to return, and a real, zero-sized value unlike C's `void`.
//!
//! - A function without `-> T` returns `()`, and so does a block that ends in a statement; an `if`
//!   without `else` is `()` too, so it cannot produce an `i32` (E0317). Proof: `cargo test -p basics --test compile_fail`
//! - `Result<(), E>` is "can fail, nothing to return on success" (`fs::write`, `writeln!`). Proof: `cargo test -p basics --lib functions::follow_up::tests::result_of_unit_reports_only_failure`
//! - It takes no space: `HashMap<K, ()>` is a set, and `vec![(); 1_000_000]` never allocates. Proof: `cargo test -p basics --lib functions::follow_up::tests::a_vec_of_units_never_allocates`
//! - Its opposite is the never type `!`: a function that never returns (`panic!`, `loop {}`,
//!   `process::exit`) has no value at all, so it fits wherever any type is expected. Proof: `cargo test -p basics --lib functions::follow_up::tests::never_fits_any_type`
//!
//! # Run it
//! `cargo run --bin unit_type`: the `()` returned by `log`, its size, `Result<(), String>`, a map used as
//! a set, and the million-unit vector's allocations.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - std's `HashSet<K>` is a `HashMap<K, ()>` underneath (through hashbrown).
//! - `tests/ui/functions/if_without_else.rs` is the E0317 case.

use crate::alloc_counter::count_allocations;
use std::collections::HashMap;
use std::mem::size_of;

pub fn main() {
    // Binding a `()` is pointless in real code (clippy's let_unit_value); here it shows the value exists.
    #[allow(clippy::let_unit_value)]
    let result: () = log("functions without `->` return ()");
    println!("the value returned by log(): {result:?}");
    println!("size_of::<()>() = {} bytes", size_of::<()>());

    for amount in [250, -5] {
        match validate_amount(amount) {
            Ok(()) => println!("validate_amount({amount}) = Ok(())"),
            Err(e) => println!("validate_amount({amount}) = Err({e:?})"),
        }
    }

    println!(
        "HashMap<&str, ()> as a set: {:?}",
        unique_words("to be or not to be")
    );

    let (units, stats) = count_allocations(|| vec![(); 1_000_000]);
    println!(
        "vec![(); 1_000_000]: len = {}, {} allocation(s), {} bytes",
        units.len(),
        stats.allocations,
        stats.bytes
    );
}

/// Returns `()` implicitly: there is no `->` in the signature.
pub fn log(message: &str) {
    println!("log: {message}");
}

/// Can fail, but has nothing to return on success: `Result<(), String>`.
pub fn validate_amount(amount: i64) -> Result<(), String> {
    if amount <= 0 {
        return Err(format!("amount must be positive, got {amount}"));
    }
    Ok(())
}

/// Never returns, so its type is `!`: a call to it fits where any type is expected.
pub fn fail(message: &str) -> ! {
    panic!("{message}")
}

/// Parses a score; the `Err` arm has type `!` (from [`fail`]), so both arms agree on `u8`.
pub fn score_or_fail(text: &str) -> u8 {
    match text.parse::<u8>() {
        Ok(score) => score,
        Err(_) => fail("not a score"),
    }
}

/// A set built from a map with `()` values: the values cost nothing.
pub fn unique_words(text: &str) -> Vec<&str> {
    let mut seen: HashMap<&str, ()> = HashMap::new();
    let mut order = Vec::new();
    for word in text.split_whitespace() {
        if seen.insert(word, ()).is_none() {
            order.push(word);
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_is_zero_sized_and_a_real_value() {
        assert_eq!(size_of::<()>(), 0);
        #[allow(clippy::let_unit_value)]
        let returned: () = log("test");
        assert_eq!(format!("{returned:?}"), "()");
    }

    #[test]
    fn result_of_unit_reports_only_failure() {
        assert_eq!(validate_amount(1), Ok(()));
        assert_eq!(
            validate_amount(0),
            Err("amount must be positive, got 0".to_string())
        );
    }

    #[test]
    fn unit_values_make_a_map_a_set() {
        assert_eq!(
            unique_words("to be or not to be"),
            ["to", "be", "or", "not"]
        );
    }

    #[test]
    fn never_fits_any_type() {
        assert_eq!(score_or_fail("90"), 90);
        let outcome = std::panic::catch_unwind(|| score_or_fail("ninety"));
        assert!(outcome.is_err(), "the `!` arm never produced a value");
    }

    #[test]
    fn a_vec_of_units_never_allocates() {
        let (units, stats) = count_allocations(|| vec![(); 1_000_000]);
        assert_eq!(units.len(), 1_000_000);
        assert_eq!((stats.allocations, stats.bytes), (0, 0));
    }
}
