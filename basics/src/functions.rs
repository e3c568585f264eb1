//! **Q4 · Functions and expressions.** Parameters and return types are always written out, and a body is
//! an expression: its last expression without a semicolon is the return value, `return` is for early exits.
//!
//! - Every parameter needs a type: `fn double(x)` is a parse error that asks for one. Proof: `cargo test -p basics --test compile_fail`
//! - A semicolon turns the last expression into a statement of type `()`: `x * 2;` in a `-> i32` fn is
//!   E0308, and rustc suggests removing it. Proof: `cargo test -p basics --test compile_fail`
//! - Blocks, `if` and `match` are expressions too: [`grade`] returns early with `return` and ends on a
//!   plain `"F"`. Proof: `cargo test -p basics --lib functions::tests::grade_covers_every_branch_and_boundary`
//! - A tuple returns several values; [`divide`] pairs `div_euclid` with `rem_euclid`, which agree for
//!   negative inputs, where the guide's `floor` + `%` do not. Proof: `cargo test -p basics --lib functions::tests`
//!
//! # Run it
//! `cargo run --bin functions`: the guide's two lines, then `-17 / 5` both ways, `grade` on one score
//! per branch, and `double(21)`.
//!
//! # Differences from the guide
//! - `divide` uses Euclidean division; the guide's is [`guide_divide`]: [ERRATA.md, Q4](../../ERRATA.md#q4).
//! - `grade` is called and tested: [ERRATA.md, Q4](../../ERRATA.md#q4).
//!
//! # More to explore
//! - `Tax: ₹30000` has no `.0`: `f64`'s `Display` prints the shortest form that reads back exactly.
//! - For floats the Euclidean identity is exact on integer values only (test
//!   `euclid_on_floats_holds_up_to_rounding`).
//! - The cases: `tests/ui/functions/semicolon_returns_unit.rs`, `parameter_without_type.rs`.
//!
//! # Follow-up
//! What is the unit type `()` and when is it used? [`follow_up`], `cargo run --bin unit_type`.

pub mod follow_up;

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
    let (q, r) = guide_divide(-17.0, 5.0);
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

/// Explicit types for parameters and return; the body is one expression.
pub fn calculate_tax(income: f64, rate: f64) -> f64 {
    income * rate / 100.0 // no semicolon = implicit return
}

/// Quotient and remainder as a tuple, with Euclidean division: for integer-valued inputs `q * b + r == a`
/// and `0 <= r < |b|` exactly, negative inputs included; otherwise up to rounding (std's `rem_euclid` says
/// "in most cases": `divide(-1e-20, 1.0)` is `(-1, 1)`). Dividing by zero follows IEEE 754: an infinite
/// quotient and a NaN remainder.
pub fn divide(a: f64, b: f64) -> (f64, f64) {
    let quotient = a.div_euclid(b);
    let remainder = a.rem_euclid(b);
    (quotient, remainder) // returns tuple
}

/// The guide's `divide`, kept to show why it is wrong for negative inputs: `floor` and `%` round differently.
/// Flaw: wrong result. Proof: `cargo test -p basics --lib functions::tests::guide_divide_is_wrong_for_negative_numbers`
pub fn guide_divide(a: f64, b: f64) -> (f64, f64) {
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
        assert_eq!(guide_divide(17.0, 5.0), (3.0, 2.0));
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
    fn guide_divide_is_wrong_for_negative_numbers() {
        let (q, r) = guide_divide(-17.0, 5.0);
        assert_eq!((q, r), (-4.0, -2.0));
        assert_ne!(q * 5.0 + r, -17.0);
    }

    #[test]
    fn euclid_on_floats_holds_up_to_rounding() {
        // std: `rem_euclid` gives 0 <= r < |b| "in most cases". A tiny negative `a` rounds r up to |b|.
        let a = std::hint::black_box(-1e-20);
        let (q, r) = divide(a, 1.0);
        assert_eq!((q, r), (-1.0, 1.0), "r == |b|, outside 0 <= r < |b|");
        assert_ne!(q * 1.0 + r, a, "q * b + r is 0, not -1e-20");
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
