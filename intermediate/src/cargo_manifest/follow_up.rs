//! **Q18 follow-up · Cargo features.** A feature is a named flag in `[features]`; enabling it
//! (`--features verbose`, or `features = [..]` in a dependent's manifest) makes Cargo pass
//! `--cfg feature="verbose"` to rustc, and code tests it with `#[cfg(feature = "verbose")]`.
//!
//! - `#[cfg(..)]` removes code from the build; `cfg!(..)` is a `true`/`false` constant with both branches compiled. Proof: `cargo test -p intermediate --lib cargo_manifest::follow_up::tests::enabled_features_lists_exactly_this_builds_features`
//! - Off means not compiled at all: without `verbose`, tracing costs no allocation and no branch. Proof: `cargo test -p intermediate --lib cargo_manifest::follow_up::tests::without_the_feature_tracing_allocates_nothing`
//! - On, the same program prints its trace lines and nothing else changes. Proof: `cargo test -p intermediate --test cargo the_verbose_feature_adds_trace_lines_and_nothing_else`
//! - Features must be additive: Cargo unifies them, so one crate enabling a feature enables it for every user of that dependency. Proof: `cargo test -p intermediate --lib cargo_manifest::follow_up::tests::the_result_does_not_depend_on_the_feature`
//!
//! # Run it
//! `cargo run --bin cargo_features`, then `cargo run --bin cargo_features --features verbose`. The second
//! run adds the `[verbose]` lines; the total is the same.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - A feature can switch on optional dependencies (`["dep:some-crate"]`) and features of dependencies;
//!   `default = [..]` is on unless the dependent says `default-features = false` (or
//!   `--no-default-features` on the command line).
//! - Unification is per dependency kind and target with resolver 2 and 3 (this workspace uses 3):
//!   build-dependencies, proc-macros and dev-dependencies of targets not being built do not add
//!   features to normal dependencies.
//! - Mutually exclusive features are the classic anti-pattern: unification can turn both on. If you
//!   must, fail clearly with `#[cfg(all(feature = "a", feature = "b"))] compile_error!(..)`.
//! - `tests/cargo.rs` builds the feature-on binary in its own target directory under
//!   `CARGO_TARGET_TMPDIR` and compares its output line by line with the stored feature-off output.

use std::fmt;

pub fn main() {
    println!("enabled features: {:?}", enabled_features());
    println!(
        "cfg!(feature = \"verbose\") = {}",
        cfg!(feature = "verbose")
    );
    match order_total_cents(&[1_999, 500], 2) {
        Some(total) => println!("order total: {}.{:02} EUR", total / 100, total % 100),
        None => println!("order total: too large for this example's u32 cents"),
    }
}

/// Features this build was compiled with, as `cfg!` sees them.
pub fn enabled_features() -> Vec<&'static str> {
    let mut features = Vec::new();
    if cfg!(feature = "verbose") {
        features.push("verbose");
    }
    features
}

/// Exists only in builds with `--features verbose`.
///
/// It takes `format_args!` rather than a `String`: a `&str` parameter would make every caller run
/// `format!` (format the text and allocate it) even in builds where `trace` throws it away.
#[cfg(feature = "verbose")]
fn trace(message: fmt::Arguments<'_>) {
    println!("[verbose] {message}");
}

/// Without the feature, tracing compiles to nothing: `format_args!` only packs its arguments, the text is
/// never formatted, nothing is allocated (test `without_the_feature_tracing_allocates_nothing`), and
/// there is no branch at run time.
#[cfg(not(feature = "verbose"))]
fn trace(_message: fmt::Arguments<'_>) {}

/// An order total in cents, or `None` when it does not fit in a `u32` (above 42,949,672.95 EUR) instead
/// of an overflow panic; the same result with or without the feature (features are additive).
pub fn order_total_cents(prices_cents: &[u32], quantity: u32) -> Option<u32> {
    trace(format_args!(
        "{} line(s), quantity {quantity}",
        prices_cents.len()
    ));
    let total = prices_cents
        .iter()
        .try_fold(0_u32, |sum, &price| sum.checked_add(price))
        .and_then(|sum| sum.checked_mul(quantity));
    match total {
        Some(total) => trace(format_args!("total = {total} cents")),
        None => trace(format_args!("total does not fit in u32 cents")),
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_result_does_not_depend_on_the_feature() {
        assert_eq!(order_total_cents(&[1_999, 500], 2), Some(4_998));
        assert_eq!(order_total_cents(&[], 3), Some(0));
    }

    #[test]
    fn a_total_that_does_not_fit_is_none_not_a_panic() {
        assert_eq!(order_total_cents(&[u32::MAX, 1], 1), None); // the sum overflows
        assert_eq!(order_total_cents(&[50_000], 100_000), None); // the product overflows
        assert_eq!(order_total_cents(&[u32::MAX], 1), Some(u32::MAX));
    }

    #[test]
    fn without_the_feature_tracing_allocates_nothing() {
        // This test binary runs on the counting allocator (`src/lib.rs`). With `--features verbose` the
        // trace lines are printed, which may allocate; without it, computing the total allocates nothing.
        let (total, stats) =
            basics::alloc_counter::count_allocations(|| order_total_cents(&[1_999, 500], 2));
        assert_eq!(total, Some(4_998));
        if !cfg!(feature = "verbose") {
            assert_eq!(stats.allocations, 0);
        }
    }

    #[test]
    fn enabled_features_lists_exactly_this_builds_features() {
        // `cargo test` builds without features: this checks the "off" side; `tests/cargo.rs` runs the
        // binary with the feature on.
        let expected: &[&str] = if cfg!(feature = "verbose") {
            &["verbose"]
        } else {
            &[]
        };
        assert_eq!(enabled_features(), expected);
    }
}
