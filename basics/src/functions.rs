//! Q4 — Functions: typed parameters, `->` return types, and expression bodies whose last expression (no
//! semicolon) is the return value; `return` is for early exits.
//!
//! Run `cargo run --bin functions`. `Tax: ₹30000` and `17 / 5 = 3 remainder 2` are the guide's output.
//! Notice that `30000` has no `.0`: `f64`'s `Display` prints the shortest form that reads back exactly.
//!
//! Differences from the guide:
//! - The guide's `divide` pairs `(a / b).floor()` with `a % b`. Those disagree for negative operands:
//!   `floor` rounds towards −∞ but `%` takes the sign of `a`, so `divide(-17.0, 5.0)` gives `-4 remainder -2`
//!   and `quotient * b + remainder` is −22, not −17. Here [`divide`] uses `div_euclid`/`rem_euclid`, which
//!   belong together (`-4 remainder 3`, and the remainder is never negative). The guide's version is kept
//!   as [`divide_as_in_the_guide`] so the output and the tests can show the difference. For positive
//!   inputs both agree, so the guide's output line is unchanged.
//! - The guide defines `grade` and never calls it (a `dead_code` warning); here [`main`] calls it on one
//!   score per branch and the tests check every boundary.
//!
//! The guide's mistake, a semicolon after the last expression of `double`, turns the value into a statement
//! of type `()`: E0308, `tests/ui/functions/semicolon_returns_unit.rs`. The right half is [`double`].
//!
//! Follow-up (the unit type `()`): [`follow_up`], `cargo run --bin unit_type`.

/// Explicit types for parameters and return; the body is one expression.
pub fn calculate_tax(income: f64, rate: f64) -> f64 {
    income * rate / 100.0 // no semicolon = implicit return
}

/// Quotient and remainder as a tuple, with Euclidean division so that `q * b + r == a` and `0 <= r < |b|`
/// for negative inputs too. (Dividing by zero follows IEEE 754: an infinite quotient and a NaN remainder.)
pub fn divide(a: f64, b: f64) -> (f64, f64) {
    let quotient = a.div_euclid(b);
    let remainder = a.rem_euclid(b);
    (quotient, remainder) // returns tuple
}

/// The guide's `divide`, kept to show why it is wrong for negative inputs: `floor` and `%` round differently.
/// Flaw: wrong-result — proven by `cargo test -p basics --lib the_guides_divide_is_inconsistent_for_negative_inputs`
pub fn divide_as_in_the_guide(a: f64, b: f64) -> (f64, f64) {
    let quotient = (a / b).floor();
    let remainder = a % b;
    (quotient, remainder)
}

/// Early return with guard clauses; the last line is the final expression.
pub fn grade(score: u8) -> &'static str {
    if score >= 90 {
        return "A";
    }
    if score >= 80 {
        return "B";
    }
    if score >= 70 {
        return "C";
    }
    "F" // final expression — no return keyword needed
}

/// The right half of the guide's mistake: no semicolon, so `x * 2` is the return value.
pub fn double(x: i32) -> i32 {
    x * 2 // ✅ no semicolon = returns the value
    // x * 2; // ❌ E0308 — tests/ui/functions/semicolon_returns_unit.rs
}

/// The guide's example, plus the calls it leaves out.
pub fn main() {
    let tax = calculate_tax(100_000.0, 30.0);
    println!("Tax: ₹{}", tax); // Tax: ₹30000

    let (q, r) = divide(17.0, 5.0);
    println!("17 / 5 = {} remainder {}", q, r); // 3 remainder 2

    // Negative inputs: where the guide's floor + % pairing breaks.
    let (q, r) = divide(-17.0, 5.0);
    println!(
        "-17 / 5 = {} remainder {} (check: {} * 5 + {} = {})",
        q,
        r,
        q,
        r,
        q * 5.0 + r
    );
    let (q, r) = divide_as_in_the_guide(-17.0, 5.0);
    println!(
        "guide's floor + %: -17 / 5 = {} remainder {} (check: {} * 5 + {} = {})",
        q,
        r,
        q,
        r,
        q * 5.0 + r
    );

    for score in [95, 85, 75, 50] {
        println!("grade({}) = {}", score, grade(score));
    }

    println!("double(21) = {}", double(21));
}

/// Follow-up: what is the unit type `()` and when is it used?
///
/// `()` is the type with exactly one value, also written `()`. It carries no information, so it takes no
/// space (`size_of::<()>() == 0`). It shows up wherever "nothing to return" must still be a type:
///
/// - a function without `-> T` returns `()`; so does a block ending in a statement (the semicolon mistake);
/// - `Result<(), E>`: an operation that can fail but has no value on success (`fs::write`, `writeln!`);
/// - as a type argument that switches a slot off: `HashMap<K, ()>` is a set (std's `HashSet<K>` is built
///   on exactly that), and a `Vec<()>` of a million elements is only a counter: it never allocates, which
///   `cargo run --bin unit_type` shows with the counting allocator.
///
/// Unlike C's `void`, `()` is a real value: you can store it, compare it and put it in generics.
pub mod follow_up {
    use crate::alloc_counter::count_allocations;
    use std::collections::HashMap;
    use std::mem::size_of;

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
        fn a_vec_of_units_never_allocates() {
            let (units, stats) = count_allocations(|| vec![(); 1_000_000]);
            assert_eq!(units.len(), 1_000_000);
            assert_eq!((stats.allocations, stats.bytes), (0, 0));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tax_is_income_times_rate_percent() {
        assert_eq!(calculate_tax(100_000.0, 30.0), 30_000.0);
        assert_eq!(calculate_tax(0.0, 30.0), 0.0);
    }

    #[test]
    fn positive_division_matches_the_guide() {
        assert_eq!(divide(17.0, 5.0), (3.0, 2.0));
        assert_eq!(divide_as_in_the_guide(17.0, 5.0), (3.0, 2.0));
    }

    #[test]
    fn negative_division_is_consistent() {
        for (a, b) in [(-17.0, 5.0), (17.0, -5.0), (-17.0, -5.0), (17.0, 5.0)] {
            let (q, r) = divide(a, b);
            assert_eq!(q * b + r, a, "divide({a}, {b}) = ({q}, {r})");
            assert!((0.0..b.abs()).contains(&r), "remainder {r} out of range");
        }
        assert_eq!(divide(-17.0, 5.0), (-4.0, 3.0));
    }

    #[test]
    fn the_guides_divide_is_inconsistent_for_negative_inputs() {
        let (q, r) = divide_as_in_the_guide(-17.0, 5.0);
        assert_eq!((q, r), (-4.0, -2.0));
        assert_ne!(q * 5.0 + r, -17.0);
    }

    #[test]
    fn dividing_by_zero_gives_ieee_values_not_a_panic() {
        let (q, r) = divide(17.0, 0.0);
        assert!(q.is_infinite() && r.is_nan());
    }

    #[test]
    fn grade_covers_every_branch_and_boundary() {
        let cases = [
            (255, "A"),
            (90, "A"),
            (89, "B"),
            (80, "B"),
            (79, "C"),
            (70, "C"),
            (69, "F"),
            (0, "F"),
        ];
        for (score, expected) in cases {
            assert_eq!(grade(score), expected, "grade({score})");
        }
    }

    #[test]
    fn double_returns_its_last_expression() {
        assert_eq!(double(21), 42);
        assert_eq!(double(-4), -8);
    }
}
