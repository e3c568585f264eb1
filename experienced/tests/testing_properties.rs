//! Q34: property-based tests with proptest. Each property is a statement that must hold for every
//! input, checked on many generated inputs; a failure is shrunk to a minimal counterexample.
//! They state *what must be true*, not *how to compute it*, so they do not re-implement the code.
use experienced::testing::{compound_interest, guide_validate_email, validate_email};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestError, TestRng, TestRunner};

/// What any accepted address must look like: one `@`, a non-empty local part, and a domain of at
/// least two non-empty dot-separated labels. A postcondition, not the validator itself.
fn looks_like_an_address(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.split('.').count() >= 2
                && domain.split('.').all(|label| !label.is_empty())
        }
        None => false,
    }
}

/// Strings over the characters that matter for addresses, where bugs hide.
const SUSPICIOUS: &str = "[ab.@ -]{0,10}";

proptest! {
    // The guide's property, with the regex as a raw string (`\.` is not a valid escape otherwise).
    #[test]
    fn email_with_at_and_dot_is_valid(
        user in "[a-z]{1,10}",
        domain in r"[a-z]{1,5}\.[a-z]{2,3}"
    ) {
        let email = format!("{}@{}", user, domain);
        prop_assert!(validate_email(&email));
    }

    #[test]
    fn accepted_addresses_look_like_addresses(s in SUSPICIOUS) {
        if validate_email(&s) {
            prop_assert!(looks_like_an_address(&s), "accepted {:?}", s);
        }
    }

    /// The strict check refines the naive one: it never accepts what the naive one rejects.
    #[test]
    fn strict_accepts_only_what_naive_accepts(s in "[a-z0-9.@+-]{0,12}") {
        prop_assert!(!validate_email(&s) || guide_validate_email(&s));
    }

    /// Addresses are case-insensitive for this check.
    #[test]
    fn case_does_not_matter(s in "[a-zA-Z.@-]{0,12}") {
        prop_assert_eq!(validate_email(&s), validate_email(&s.to_ascii_uppercase()));
    }

    /// Whitespace anywhere makes an address invalid.
    #[test]
    fn whitespace_is_never_accepted(
        user in "[a-z]{1,8}", domain in r"[a-z]{1,5}\.[a-z]{2,3}", at in 0usize..20, ws in "[ \t\n]"
    ) {
        let mut email = format!("{user}@{domain}");
        email.insert_str(at.min(email.len()), &ws);
        prop_assert!(!validate_email(&email));
    }

    /// Arbitrary Unicode input never panics.
    #[test]
    fn never_panics(s in "\\PC{0,40}") {
        let _ = validate_email(&s);
    }

    #[test]
    fn zero_years_leaves_the_principal(p in 0.0f64..1e9, r in 0.0f64..1.0) {
        prop_assert_eq!(compound_interest(p, r, 0), p);
    }

    /// Growing for a years, then for b years, equals growing for a + b years.
    #[test]
    fn growth_composes(p in 1.0f64..1e6, r in 0.0f64..0.5, a in 0u32..30, b in 0u32..30) {
        let two_steps = compound_interest(compound_interest(p, r, a), r, b);
        let one_step = compound_interest(p, r, a + b);
        prop_assert!((two_steps - one_step).abs() <= 1e-9 * one_step, "{} vs {}", two_steps, one_step);
    }

    /// With a positive rate, one more year is strictly more money.
    #[test]
    fn positive_rate_grows_every_year(p in 1.0f64..1e6, r in 0.001f64..0.5, n in 0u32..50) {
        prop_assert!(compound_interest(p, r, n + 1) > compound_interest(p, r, n));
    }

    /// Doubling the principal doubles the result.
    #[test]
    fn linear_in_the_principal(p in 0.0f64..1e6, r in 0.0f64..0.5, n in 0u32..40) {
        let single = compound_interest(p, r, n);
        prop_assert!((compound_interest(2.0 * p, r, n) - 2.0 * single).abs() <= 1e-9 * single.max(1.0));
    }
}

/// The same postcondition, run with proptest's runner directly against the guide's naive version:
/// it must fail, and shrinking must find the minimal counterexample. Deterministic RNG, no
/// persistence file, so the result is the same on every run.
#[test]
fn proptest_finds_a_counterexample_to_the_guides_validate_email() {
    let config = Config {
        cases: 1000,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha));
    let result = runner.run(&SUSPICIOUS, |s| {
        if guide_validate_email(&s) {
            prop_assert!(looks_like_an_address(&s), "accepted {:?}", s);
        }
        Ok(())
    });
    match result {
        Err(TestError::Fail(reason, minimal)) => {
            assert_eq!(
                minimal, " @.",
                "proptest's minimal counterexample ({reason})"
            );
            // The strict version handles it.
            assert!(!validate_email(&minimal));
        }
        other => panic!("expected proptest to find a counterexample, got {other:?}"),
    }
}
