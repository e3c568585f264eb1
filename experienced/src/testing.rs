//! **Q34 · Testing.** Rust has four kinds of tests built in or one crate away: unit tests next to the
//! code, integration tests in `tests/` that use only the public API, doc tests that run the examples
//! in `///` docs, and property tests (proptest) that check a rule on generated inputs.
//!
//! - Unit tests sit in `#[cfg(test)] mod tests` and may test private helpers. Proof: `cargo test -p experienced --lib testing::tests::private_helpers_are_reachable_from_unit_tests`
//! - Each file in `tests/` is a crate that sees only the public API. Proof: `cargo test -p experienced --test testing_integration`
//! - Doc examples are compiled and run, so documentation cannot rot. Proof: `cargo test -p experienced --doc testing`
//! - A property test found the guide's `validate_email` bug by itself and shrank it to `" @."`. Proof: `cargo test -p experienced --test testing_properties`
//! - `#[should_panic(expected = ..)]` checks a panic; overflow panics only in debug builds. Proof: `cargo test -p experienced --lib testing::tests::test_overflow`
//!
//! # Run it
//! `cargo run --bin testing`: inputs that tell [`guide_validate_email`] and [`validate_email`] apart,
//! then `255u8 + 1` four explicit ways.
//!
//! # Differences from the guide
//! - A stricter `validate_email`: [ERRATA.md, Q34](../../ERRATA.md#q34).
//! - `255u8 + 1` does not compile: [ERRATA.md, Q34](../../ERRATA.md#q34).
//! - The regex is a raw string: [ERRATA.md, Q34](../../ERRATA.md#q34).
//! - `i32::try_from(years)`: [ERRATA.md, Q34](../../ERRATA.md#q34).
//!
//! # More to explore
//! - The guide's `255u8 + 1` is rejected by the deny-by-default `arithmetic_overflow` lint, which rustc
//!   reports only while generating code; `cargo check` and trybuild skip that, so
//!   `tests/compile_fail_build.rs` checks `tests/ui_build/testing/`.
//! - The property test uses proptest's `TestRunner` with a deterministic RNG over strings of
//!   `a b . @ - space`, so the shrunk counterexample is the same on every run and can be asserted.
//! - The doc test calls `experienced::testing::compound_interest` (this crate) instead of `mylib::`.
//!
//! # Follow-up
//! How do you mock dependencies? What is mockall? [`follow_up`], `cargo run --bin mocking`.

pub fn main() {
    println!("{:<20} {:>6} {:>6}", "input", "naive", "strict");
    for input in SHOWCASE {
        println!(
            "{:<20} {:>6} {:>6}",
            format!("{input:?}"),
            guide_validate_email(input),
            validate_email(input)
        );
    }
    let result = compound_interest(1000.0, 0.1, 5);
    println!("compound_interest(1000.0, 0.1, 5) = {result:.2}");
    println!("255u8 + 1 does not compile (arithmetic_overflow); at run time, say what you want:");
    for (name, value) in overflow_choices(255, 1) {
        println!("  255u8.{name}(1) = {value}");
    }
}

/// The guide's check, unchanged: exactly one `@`, a non-empty local part, a `.` somewhere after the `@`.
/// Too weak: it accepts `a@.`, `a@b..c`, `a b@c.d`.
///
/// Flaw: wrong result. Proof: `cargo test -p experienced --lib testing::tests::guide_validate_email_accepts_what_it_should_not`
pub fn guide_validate_email(email: &str) -> bool {
    let parts: Vec<&str> = email.split('@').collect();
    parts.len() == 2 && !parts[0].is_empty() && parts[1].contains('.')
}

/// A stricter address check (a practical subset of RFC 5321/5322, no quoted local parts, no IP
/// literals):
/// - exactly one `@`, at most 254 bytes in total;
/// - local part: 1..=64 of `A-Z a-z 0-9 ! # $ % & ' * + / = ? ^ _ ` { | } ~ - .`, no leading,
///   trailing or doubled `.`;
/// - domain: at least two labels separated by `.`, each 1..=63 of `A-Z a-z 0-9 -`, not starting or
///   ending with `-`; the last label (TLD) is not all digits.
///
/// ```
/// use experienced::testing::validate_email;
/// assert!(validate_email("user@example.com"));
/// assert!(validate_email("first.last+tag@mail.example.co.uk"));
/// assert!(!validate_email("userexample.com")); // no @
/// assert!(!validate_email("a@."));             // the guide's version accepts this
/// assert!(!validate_email("a@b@c.d"));          // two @
/// ```
pub fn validate_email(email: &str) -> bool {
    if email.len() > 254 {
        return false;
    }
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    valid_local_part(local) && valid_domain(domain)
}

fn valid_local_part(local: &str) -> bool {
    const SPECIALS: &str = "!#$%&'*+/=?^_`{|}~-.";
    (1..=64).contains(&local.len())
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || SPECIALS.contains(c))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
}

fn valid_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| valid_domain_label(l))
        && !labels
            .last()
            .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_digit()))
}

/// Private, and still unit-testable: unit tests live in the same module.
fn valid_domain_label(label: &str) -> bool {
    (1..=63).contains(&label.len())
        && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !label.starts_with('-')
        && !label.ends_with('-')
}

/// Calculates compound interest: `principal * (1 + rate)^years`.
/// ```
/// let result = experienced::testing::compound_interest(1000.0, 0.1, 5);
/// assert!((result - 1610.51).abs() < 0.01);
/// ```
pub fn compound_interest(principal: f64, rate: f64, years: u32) -> f64 {
    // `powi` takes an i32; years beyond i32::MAX are not a meaningful input, so saturate instead of
    // wrapping to a negative exponent (the guide's `years as i32` would wrap).
    principal * (1.0 + rate).powi(i32::try_from(years).unwrap_or(i32::MAX))
}

/// The ways to add that say what should happen on overflow, for `255u8 + 1`.
pub fn overflow_choices(a: u8, b: u8) -> [(&'static str, String); 4] {
    [
        ("checked_add", format!("{:?}", a.checked_add(b))),
        ("wrapping_add", format!("{}", a.wrapping_add(b))),
        ("saturating_add", format!("{}", a.saturating_add(b))),
        ("overflowing_add", format!("{:?}", a.overflowing_add(b))),
    ]
}

/// Inputs shown by the binary: the guide's two, then what tells the two validators apart. `" @."` is
/// the minimal counterexample proptest finds (asserted in `tests/testing_properties.rs`).
pub const SHOWCASE: [&str; 11] = [
    "user@example.com",
    "userexample.com",
    " @.",
    "a@.",
    "a@b.",
    "a@.b",
    "a@b..c",
    "a b@c.d",
    ".a@b.cd",
    "a@-b.cd",
    "a@b@c.d",
];

pub mod follow_up;

// ── Unit tests (same file) ──
#[cfg(test)]
mod tests {
    use super::*;
    use std::hint::black_box;

    #[test]
    fn valid_email() {
        assert!(validate_email("user@example.com"));
        assert!(guide_validate_email("user@example.com"));
    }

    #[test]
    fn invalid_email_no_at() {
        assert!(!validate_email("userexample.com"));
        assert!(!guide_validate_email("userexample.com"));
    }

    #[test]
    fn guide_validate_email_accepts_what_it_should_not() {
        for bad in [" @.", "a@.", "a@b.", "a@.b", "a@b..c", "a b@c.d"] {
            assert!(guide_validate_email(bad), "{bad:?}");
            assert!(!validate_email(bad), "{bad:?}");
        }
    }

    #[test]
    fn strict_rules() {
        assert!(validate_email("o'brien+x@sub-domain.example.org"));
        assert!(!validate_email(".a@b.cd"));
        assert!(!validate_email("a.@b.cd"));
        assert!(!validate_email("a..b@c.de"));
        assert!(!validate_email("a@-b.cd"));
        assert!(!validate_email("a@b-.cd"));
        assert!(!validate_email("a@b.123"));
        assert!(!validate_email("a@b@c.d"));
        assert!(!validate_email(&format!("{}@b.cd", "a".repeat(65))));
        assert!(validate_email(&format!("{}@b.cd", "a".repeat(64))));
        assert!(!validate_email(&format!("a@{}.cd", "b".repeat(64))));
        assert!(!validate_email(&format!(
            "a@{}.com",
            vec!["b".repeat(63); 4].join(".")
        ))); // 261 bytes > 254
    }

    #[test]
    fn private_helpers_are_reachable_from_unit_tests() {
        assert!(valid_domain_label("xn--bcher-kva"));
        assert!(!valid_domain_label(""));
        assert!(!valid_domain_label("-a"));
    }

    #[test]
    fn compound_interest_matches_the_guide() {
        assert!((compound_interest(1000.0, 0.1, 5) - 1610.51).abs() < 0.01);
        assert_eq!(compound_interest(1000.0, 0.1, 0), 1000.0);
        // Years past i32::MAX saturate: 2^i32::MAX is infinite. The guide's `years as i32` wraps
        // u32::MAX to -1, which would give 2^-1 = 0.5: less money after more years.
        assert_eq!(u32::MAX as i32, -1);
        assert_eq!(compound_interest(1.0, 1.0, u32::MAX), f64::INFINITY);
        assert_eq!(compound_interest(1.0, 1.0, u32::MAX - 1), f64::INFINITY); // `as i32`: -2 -> 0.25
    }

    // The guide's `let _: u8 = 255u8 + 1;` is a compile error (tests/ui_build/testing/
    // constant_overflow_does_not_compile.rs). `black_box` makes the value opaque, so the addition
    // happens at run time, where debug builds check it.
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "attempt to add with overflow")]
    fn test_overflow() {
        let _: u8 = black_box(255u8) + 1; // panics in debug mode
    }

    // Release builds have no overflow checks (unless `overflow-checks = true` in the profile).
    #[test]
    #[cfg(not(debug_assertions))]
    fn test_overflow_wraps_in_release() {
        assert_eq!(black_box(255u8) + 1, 0);
    }

    #[test]
    fn explicit_overflow_handling() {
        assert_eq!(black_box(255u8).checked_add(1), None);
        assert_eq!(black_box(255u8).wrapping_add(1), 0);
        assert_eq!(black_box(255u8).saturating_add(1), 255);
        assert_eq!(black_box(255u8).overflowing_add(1), (0, true));
        assert_eq!(overflow_choices(255, 1)[0], ("checked_add", "None".into()));
    }
}
