//! Q36 follow-up — continuous benchmarking: how do you set criterion up in CI and detect a regression?
//!
//! Criterion already keeps history: every run writes `target/criterion/<group>/<bench>/new/estimates.json`
//! and compares it with the previous run. Two flags turn that into a CI workflow:
//!
//! - `cargo bench -- --save-baseline main` stores the run under the name `main` (on the main branch, or on
//!   the merge base of a pull request);
//! - `cargo bench -- --baseline main` compares the current code against that stored run and prints
//!   "Performance has regressed" when the change is statistically significant.
//!
//! Criterion does not fail the process on a regression, so CI needs one more step: read the two
//! `estimates.json` files and fail above a threshold. That step is this module: [`mean_ns`] reads criterion's
//! mean estimate, [`compare`] applies the threshold, and `cargo run --bin bench_regressions -- BASELINE.json
//! NEW.json [--threshold PCT]` exits with status 1 on a regression (2 on unreadable input), so a CI job
//! can simply run it.
//!
//! `bash performance/scripts/bench-regression.sh` runs the whole loop for real: it saves a baseline of the
//! iterative Fibonacci bench, swaps in the deliberately slower variant
//! ([`crate::benchmarking::fibonacci_iterative_slow`]) under the same bench id with `BENCH_VARIANT=slow`,
//! benches again and lets this checker fail the run. Measured here: baseline 2.25 ns, slow variant
//! 112.56 ns (it allocates its `Vec`), +4905% against a 10% threshold, exit status 1. The recorded
//! fixtures under `tests/fixtures/criterion/` are the estimates of that run.
//!
//! Run without arguments, the binary demonstrates the check on two estimates files recorded from such a run
//! (`tests/fixtures/criterion/`), so its output is exact. Timings on shared CI machines are noisy: keep the
//! threshold well above criterion's noise (10% or more), or count instructions instead of time.

use std::fmt;
use std::path::Path;

/// Default regression threshold, in percent of the baseline mean.
pub const DEFAULT_THRESHOLD_PCT: f64 = 10.0;

/// criterion's `estimates.json` of `fibonacci/iterative_20`, saved as baseline `before`.
pub const FIXTURE_BASELINE: &str =
    include_str!("../../tests/fixtures/criterion/before/estimates.json");
/// The same bench after `BENCH_VARIANT=slow` swapped in the slower implementation.
pub const FIXTURE_SLOWER: &str = include_str!("../../tests/fixtures/criterion/slow/estimates.json");

/// Why an estimates file could not be used.
#[derive(Debug, PartialEq)]
pub enum EstimateError {
    /// The file could not be read.
    Io(String),
    /// The text is not JSON.
    Json(String),
    /// The JSON has no positive number at `mean.point_estimate`.
    MissingMean,
}

impl fmt::Display for EstimateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EstimateError::Io(e) => write!(f, "cannot read estimates file: {e}"),
            EstimateError::Json(e) => write!(f, "not a criterion estimates.json: {e}"),
            EstimateError::MissingMean => {
                write!(
                    f,
                    "no positive number at mean.point_estimate in estimates.json"
                )
            }
        }
    }
}

impl std::error::Error for EstimateError {}

/// The mean time per iteration, in nanoseconds, from the text of a criterion `estimates.json`.
pub fn mean_ns(json: &str) -> Result<f64, EstimateError> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| EstimateError::Json(e.to_string()))?;
    value["mean"]["point_estimate"]
        .as_f64()
        .filter(|ns| *ns > 0.0 && ns.is_finite())
        .ok_or(EstimateError::MissingMean)
}

/// [`mean_ns`] of a file.
pub fn mean_ns_of_file(path: &Path) -> Result<f64, EstimateError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| EstimateError::Io(format!("{}: {e}", path.display())))?;
    mean_ns(&text)
}

/// The outcome of comparing a new mean with a baseline mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Verdict {
    /// Slower by more than the threshold.
    Regressed { change_pct: f64 },
    /// Within the threshold (or faster).
    Ok { change_pct: f64 },
}

/// Compares `new_ns` with `baseline_ns`: a regression is a slowdown of more than `threshold_pct` percent.
pub fn compare(baseline_ns: f64, new_ns: f64, threshold_pct: f64) -> Verdict {
    let change_pct = (new_ns / baseline_ns - 1.0) * 100.0;
    if change_pct > threshold_pct {
        Verdict::Regressed { change_pct }
    } else {
        Verdict::Ok { change_pct }
    }
}

/// One line a CI log can show.
pub fn report(baseline_ns: f64, new_ns: f64, threshold_pct: f64) -> (Verdict, String) {
    let verdict = compare(baseline_ns, new_ns, threshold_pct);
    let line = match verdict {
        Verdict::Regressed { change_pct } => format!(
            "REGRESSION: {baseline_ns:.2} ns -> {new_ns:.2} ns ({change_pct:+.0}%, threshold {threshold_pct}%)"
        ),
        Verdict::Ok { change_pct } => format!(
            "ok: {baseline_ns:.2} ns -> {new_ns:.2} ns ({change_pct:+.0}%, threshold {threshold_pct}%)"
        ),
    };
    (verdict, line)
}

/// Parses `BASELINE.json NEW.json [--threshold PCT]`.
fn parse_args(args: &[String]) -> Result<(String, String, f64), String> {
    match args {
        [base, new] => Ok((base.clone(), new.clone(), DEFAULT_THRESHOLD_PCT)),
        [base, new, flag, pct] if flag == "--threshold" => match pct.parse::<f64>() {
            Ok(p) if p >= 0.0 && p.is_finite() => Ok((base.clone(), new.clone(), p)),
            _ => Err(format!(
                "--threshold takes a non-negative percentage, got {pct:?}"
            )),
        },
        _ => Err("usage: bench_regressions BASELINE.json NEW.json [--threshold PCT]".to_string()),
    }
}

/// Runs the check on files; returns the process exit status (0 ok, 1 regression, 2 bad input).
pub fn run(args: &[String]) -> i32 {
    let (base, new, threshold) = match parse_args(args) {
        Ok(parsed) => parsed,
        Err(msg) => {
            eprintln!("error: {msg}");
            return 2;
        }
    };
    let means =
        mean_ns_of_file(Path::new(&base)).and_then(|b| Ok((b, mean_ns_of_file(Path::new(&new))?)));
    match means {
        Ok((b, n)) => {
            let (verdict, line) = report(b, n, threshold);
            println!("{line}");
            match verdict {
                Verdict::Regressed { .. } => 1,
                Verdict::Ok { .. } => 0,
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            2
        }
    }
}

pub fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.is_empty() {
        std::process::exit(run(&args));
    }

    println!("CI recipe:");
    println!(
        "  on main:       cargo bench -p performance --bench benchmarking -- --save-baseline main"
    );
    println!("  on the branch: cargo bench -p performance --bench benchmarking -- --baseline main");
    println!(
        "  then fail the job: bench_regressions <main>/estimates.json <new>/estimates.json --threshold 10"
    );
    println!("demonstration on recorded estimates of fibonacci/iterative_20:");
    let base = mean_ns(FIXTURE_BASELINE).expect("fixture is a valid estimates.json");
    let slow = mean_ns(FIXTURE_SLOWER).expect("fixture is a valid estimates.json");
    let (_, same) = report(base, base, DEFAULT_THRESHOLD_PCT);
    println!("  baseline vs itself:        {same}");
    let (_, slower) = report(base, slow, DEFAULT_THRESHOLD_PCT);
    println!("  baseline vs slow variant:  {slower}");
    let (_, faster) = report(slow, base, DEFAULT_THRESHOLD_PCT);
    println!("  slow variant vs baseline:  {faster}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recorded_slow_variant_is_detected_and_the_baseline_is_not() {
        let base = mean_ns(FIXTURE_BASELINE).unwrap();
        let slow = mean_ns(FIXTURE_SLOWER).unwrap();
        assert!(matches!(
            compare(base, slow, DEFAULT_THRESHOLD_PCT),
            Verdict::Regressed { .. }
        ));
        assert!(matches!(
            compare(base, base, DEFAULT_THRESHOLD_PCT),
            Verdict::Ok { .. }
        ));
        assert!(matches!(
            compare(slow, base, DEFAULT_THRESHOLD_PCT),
            Verdict::Ok { .. }
        ));
    }

    #[test]
    fn only_a_slowdown_beyond_the_threshold_fails() {
        assert!(matches!(
            compare(100.0, 110.1, 10.0),
            Verdict::Regressed { .. }
        ));
        assert!(matches!(compare(100.0, 109.9, 10.0), Verdict::Ok { .. }));
        // Getting faster is never a regression, however large the change.
        assert!(matches!(compare(100.0, 10.0, 10.0), Verdict::Ok { .. }));
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        assert!(matches!(mean_ns("not json"), Err(EstimateError::Json(_))));
        assert_eq!(mean_ns("{\"median\": {}}"), Err(EstimateError::MissingMean));
        assert_eq!(
            mean_ns("{\"mean\": {\"point_estimate\": -3.0}}"),
            Err(EstimateError::MissingMean)
        );
        assert!(matches!(
            mean_ns_of_file(Path::new("/no/such/estimates.json")),
            Err(EstimateError::Io(_))
        ));
        assert_eq!(run(&["only-one".to_string()]), 2);
        assert_eq!(
            run(&["a".into(), "b".into(), "--threshold".into(), "x".into()]),
            2
        );
    }
}
