//! **Q9 follow-up · `Option<T>` instead of null.** `Option<T>` is an ordinary enum, `Some(T)` or `None`: a
//! value that may be absent has a different type from one that is always there, so the compiler makes
//! you handle the absence.
//!
//! - An `Option<String>` is not a `String`: assigning it is E0308 and calling `to_uppercase` on it is
//!   E0599. Proof: `cargo test -p basics --test compile_fail`
//! - A `match` must cover `None` (E0004); combinators (`unwrap_or`, `map`) handle it without one. Proof: `cargo test -p basics --lib enums_match::follow_up::tests::absence_is_a_value_you_must_handle`
//! - Values that are never absent are plain `T`: no null checks anywhere else. Proof: `cargo run --bin option_vs_null`
//! - It costs nothing where null would: `Option<&T>`, `Option<Box<T>>`, `Option<NonZeroU32>` keep the
//!   bare size (`None` is the bit pattern the type never holds); `Option<u32>` needs a tag. Proof: `cargo test -p basics --lib enums_match::follow_up::tests::option_of_a_non_nullable_type_costs_nothing`
//!
//! # Run it
//! `cargo run --bin option_vs_null`: a lookup that finds and one that does not, two combinators, a
//! `match` on an optional middle name, then the sizes.
//!
//! # Differences from the guide
//! - The guide prints this question cut off ("What is Option"): [ERRATA.md, Q9](../../../ERRATA.md#q9).
//!
//! # More to explore
//! - Cases: `tests/ui/enums_match/option_is_not_the_value.rs`, `option_has_no_string_methods.rs`,
//!   `option_match_missing_none.rs`.
//! - Q10 covers `?` on an `Option` and turning it into a `Result` with `ok_or`.

use std::mem::size_of;
use std::num::NonZeroU32;

pub fn main() {
    let cards = [("4242", "Visa"), ("5555", "Mastercard")];
    for digits in ["4242", "0000"] {
        match find_card(&cards, digits) {
            Some(network) => println!("find_card({digits:?}) = Some({network:?})"),
            None => println!("find_card({digits:?}) = None"),
        }
    }
    // Combinators handle the None case without a match.
    println!(
        "find_card(\"0000\").unwrap_or(\"unknown\") = {:?}",
        find_card(&cards, "0000").unwrap_or("unknown")
    );
    println!(
        "find_card(\"5555\").map(str::len) = {:?}",
        find_card(&cards, "5555").map(str::len)
    );
    println!("{}", describe(Some("Kumar")));
    println!("{}", describe(None));

    for (name, bytes) in sizes() {
        println!("size_of::<{name}>() = {bytes}");
    }
}

/// A lookup that may find nothing: the absence is in the return type.
pub fn find_card<'a>(cards: &'a [(&'a str, &'a str)], last_four: &str) -> Option<&'a str> {
    cards
        .iter()
        .find(|(digits, _)| *digits == last_four)
        .map(|(_, network)| *network)
}

/// Describes an optional middle name; `match` must cover `None`.
pub fn describe(middle_name: Option<&str>) -> String {
    match middle_name {
        Some(name) => format!("middle name: {name}"),
        None => "no middle name".to_string(),
    }
}

/// The sizes printed by [`main`]: (type name, bytes).
pub fn sizes() -> [(&'static str, usize); 8] {
    [
        ("&u8", size_of::<&u8>()),
        ("Option<&u8>", size_of::<Option<&u8>>()),
        ("Box<u8>", size_of::<Box<u8>>()),
        ("Option<Box<u8>>", size_of::<Option<Box<u8>>>()),
        ("NonZeroU32", size_of::<NonZeroU32>()),
        ("Option<NonZeroU32>", size_of::<Option<NonZeroU32>>()),
        ("u32", size_of::<u32>()),
        ("Option<u32>", size_of::<Option<u32>>()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absence_is_a_value_you_must_handle() {
        let cards = [("4242", "Visa")];
        assert_eq!(find_card(&cards, "4242"), Some("Visa"));
        assert_eq!(find_card(&cards, "1111"), None);
        assert_eq!(describe(None), "no middle name");
        assert_eq!(describe(Some("K")), "middle name: K");
    }

    #[test]
    fn option_of_a_non_nullable_type_costs_nothing() {
        assert_eq!(size_of::<Option<&u8>>(), size_of::<&u8>());
        assert_eq!(size_of::<Option<Box<u8>>>(), size_of::<Box<u8>>());
        assert_eq!(size_of::<Option<NonZeroU32>>(), 4);
        assert_eq!(size_of::<Option<u32>>(), 8, "u32 has no spare bit pattern");
    }
}
