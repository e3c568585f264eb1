//! **Q27 · Macros.** `macro_rules!` matches token patterns and writes code in place before type checking;
//! procedural macros are Rust functions from tokens to tokens (derive, attribute and function-like); use
//! a macro only for what a function cannot do.
//!
//! - Macros are expanded before types are checked: `map!` with two value types fails inside the
//!   expansion (E0308), a missing comma in the matcher. Proof: `cargo test -p advanced --test compile_fail`
//! - A macro can return early from its caller: [`ensure!`](crate::ensure) does, a function cannot.
//!   Proof: `cargo test -p advanced --lib macros::tests::ensure_returns_early_with_the_message`
//! - Prefer a function when one will do: `HashMap::from([(k, v), ...])` replaces [`map!`](crate::map)
//!   since Rust 1.56, and `check(..)?` replaces `ensure!`. Proof: `cargo test -p advanced --lib macros::tests::the_function_versions`
//! - `macro_rules!` is hygienic: the `m` inside `map!` is not the caller's `m`.
//!   Proof: `cargo test -p advanced --lib macros::tests::map_is_hygienic`
//!
//! # Run it
//! `cargo run --bin macros`: the guide's three lines, `ensure!`'s early return, then the macro-free
//! versions giving the same results.
//!
//! # Differences from the guide
//! - The config map is printed sorted, through a `BTreeMap`: [ERRATA.md, Q27](../../ERRATA.md#q27).
//! - `map!` is shown equal to `HashMap::from`: [ERRATA.md, Q27](../../ERRATA.md#q27).
//!
//! # More to explore
//! - Hygiene covers local variables only: items and paths in a `macro_rules!` expansion resolve where the
//!   macro is used. So `map!` writes the absolute `::std::collections::HashMap` (which a `no_std` user
//!   cannot use); for items of its own crate a macro writes `$crate::path`.
//! - Scoping: a `macro_rules!` is visible textually, after its definition; `#[macro_export]` puts it at
//!   the crate root (`advanced::map!`) for other crates.
//! - Attribute macros receive the item and replace it; derives only add items after it.
//!
//! # Follow-up
//! What are procedural macros? How does `#[derive(Debug)]` work under the hood? [`follow_up`],
//! `cargo run --bin derive_macros`.
#![forbid(unsafe_code)] // this question needs no unsafe code (the crate has some, for Q21)

use std::collections::{BTreeMap, HashMap};
use std::error::Error;

pub mod follow_up;

pub fn main() {
    // HashMap in one line (printed sorted by key: a HashMap's order changes from run to run).
    let config = config();
    println!("Config: {:?}", config.iter().collect::<BTreeMap<_, _>>());

    // vec! and println! are also macros
    let items = vec![1, 2, 3]; // vec! = macro (variadic)
    println!("{:?}", items); // println! = macro (format string)

    println!("{}", order_line(process_order(5, 99.99)));
    println!("{}", order_line(process_order(0, 99.99)));

    // The same without macros.
    let from_array = HashMap::from([
        ("host", "localhost"),
        ("port", "8080"),
        ("env", "production"),
    ]);
    println!(
        "HashMap::from([...]) == map!{{...}}: {}",
        from_array == config
    );
    println!(
        "with check()? instead of ensure!: {} / {}",
        order_line(process_order_fn(5, 99.99)),
        order_line(process_order_fn(5, -1.0))
    );
}

/// Builds a `HashMap` from `key => value` pairs; a trailing comma is allowed (`$(,)?`).
#[macro_export]
macro_rules! map {
    ($($key:expr => $val:expr),* $(,)?) => {{
        #[allow(unused_mut)] // `map! {}` expands to no insert at all
        let mut m = ::std::collections::HashMap::new();
        $(m.insert($key, $val);)*
        m
    }};
}

/// Returns early from the *calling* function with an error if `$cond` is false.
#[macro_export]
macro_rules! ensure {
    ($cond:expr, $msg:expr) => {
        if !($cond) {
            return Err(format!("Assertion failed: {}", $msg).into());
        }
    };
}

/// The guide's order check, written with [`ensure!`](crate::ensure).
// `ensure!` expands to `if !(price > 0.0)`, which clippy flags for floats because it is also true for
// NaN. Here that is the point: a NaN price must be rejected (tested below).
#[allow(clippy::neg_cmp_op_on_partial_ord)]
pub fn process_order(qty: i32, price: f64) -> Result<f64, Box<dyn Error>> {
    ensure!(qty > 0, "quantity must be positive");
    ensure!(price > 0.0, "price must be positive");
    Ok(qty as f64 * price)
}

/// `ensure!` as a plain function: the early return moves to the caller's `?`.
pub fn check(cond: bool, msg: &str) -> Result<(), Box<dyn Error>> {
    if cond {
        Ok(())
    } else {
        Err(format!("Assertion failed: {msg}").into())
    }
}

/// [`process_order`] without a macro.
pub fn process_order_fn(qty: i32, price: f64) -> Result<f64, Box<dyn Error>> {
    check(qty > 0, "quantity must be positive")?;
    check(price > 0.0, "price must be positive")?;
    Ok(qty as f64 * price)
}

/// The guide's config map, built with [`map!`](crate::map).
pub fn config() -> HashMap<&'static str, &'static str> {
    map! {
        "host" => "localhost",
        "port" => "8080",
        "env" => "production",
    }
}

/// Formats the outcome the way the guide's `main` prints it.
pub fn order_line(result: Result<f64, Box<dyn Error>>) -> String {
    match result {
        Ok(total) => format!("Total: ₹{:.2}", total),
        Err(e) => format!("Error: {}", e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_accepts_a_trailing_comma_or_none_and_no_entries() {
        let with: HashMap<_, _> = map! { "a" => 1, "b" => 2, };
        let without: HashMap<_, _> = map! { "a" => 1, "b" => 2 };
        let empty: HashMap<&str, i32> = map! {};
        assert_eq!(with, without);
        assert_eq!(with, HashMap::from([("a", 1), ("b", 2)]));
        assert!(empty.is_empty());
    }

    #[test]
    fn map_evaluates_each_expression_once_in_order() {
        let mut calls = Vec::new();
        let mut next = |k: &'static str| {
            calls.push(k);
            calls.len()
        };
        let m = map! { "x" => next("x"), "y" => next("y") };
        assert_eq!(m, HashMap::from([("x", 1), ("y", 2)]));
        assert_eq!(calls, ["x", "y"]);
    }

    #[test]
    fn map_is_hygienic_its_local_m_is_not_the_callers() {
        // `map!` builds its result in a local named `m`. macro_rules! hygiene keeps it apart from the
        // caller's `m`: the value below is the caller's 5, not the macro's map.
        let m = 5;
        let map = map! { "k" => m };
        assert_eq!(map, HashMap::from([("k", 5)]));
        assert_eq!(m, 5);
    }

    #[test]
    fn a_later_duplicate_key_wins_like_insert() {
        let m = map! { "k" => 1, "k" => 2 };
        assert_eq!(m, HashMap::from([("k", 2)]));
    }

    #[test]
    fn ensure_returns_early_with_the_message() {
        assert_eq!(order_line(process_order(5, 99.99)), "Total: ₹499.95");
        assert_eq!(
            order_line(process_order(0, 99.99)),
            "Error: Assertion failed: quantity must be positive"
        );
        assert_eq!(
            order_line(process_order(1, 0.0)),
            "Error: Assertion failed: price must be positive"
        );
        assert_eq!(
            order_line(process_order(1, f64::NAN)),
            "Error: Assertion failed: price must be positive"
        );
    }

    #[test]
    fn the_function_versions_agree_with_the_macros() {
        for (qty, price) in [(5, 99.99), (0, 1.0), (1, -1.0), (3, 2.5), (1, f64::NAN)] {
            assert_eq!(
                order_line(process_order(qty, price)),
                order_line(process_order_fn(qty, price))
            );
        }
        assert_eq!(
            config(),
            HashMap::from([
                ("host", "localhost"),
                ("port", "8080"),
                ("env", "production")
            ])
        );
    }
}
