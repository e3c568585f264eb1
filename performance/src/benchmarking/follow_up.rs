//! **Q36 follow-up · Regressions in CI.** Save a criterion baseline of the main branch, bench the
//! change against it on the same machine, and fail the job when criterion's confidence interval for the
//! change lies above a threshold: criterion reports regressions but never fails the process itself.
//!
//! - `--save-baseline main` stores a run; `--baseline main` compares with it and writes the relative
//!   change, with a 95% interval, to `change/estimates.json`. Proof: `bash performance/scripts/bench-regression.sh`
//! - Gate on the interval's lower bound, not on two point means: two runs of unchanged code differ by
//!   more than 10% in the recorded fixtures, which fails a point-mean gate and passes the interval gate.
//!   Proof: `cargo test -p performance --lib benchmarking::follow_up::tests::noise`
//! - The gate exits 1 on a regression and 2 on unreadable input, so a CI step just runs it.
//!   Proof: `cargo test -p performance --test outputs`
//!
//! # Run it
//! `cargo run --bin bench_regressions` applies both gates to estimates recorded by the script
//! (`tests/fixtures/criterion/`): an unchanged rerun passes, the deliberately slower variant fails.
//!
//! # Differences from the guide
//! None (the guide only asks the question).
//!
//! # More to explore
//! - Measure the baseline in the same job: check out the merge base, `--save-baseline main`, check out
//!   the branch, `--baseline main`. A baseline cached from another runner compares two machines.
//! - Keep the threshold above the noise of unchanged code (the fixture's rerun shows its size), or count
//!   instructions instead of time (iai-callgrind, under Valgrind), which shared CI runners do not disturb.
//! - criterion's own `--noise-threshold` and `--significance-level` decide what it calls a change.
//! - The demonstration regression is large (an allocation per call); finding a 10% change needs longer
//!   runs than this crate's short bench settings.

use std::fmt;
use std::path::Path;

pub fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.is_empty() {
        std::process::exit(run(&args));
    }

    println!("CI recipe, in one job on one machine:");
    println!(
        "  on the merge base: cargo bench -p performance --bench benchmarking -- --save-baseline main"
    );
    println!(
        "  on the branch:     cargo bench -p performance --bench benchmarking -- --baseline main"
    );
    println!(
        "  then fail the job: bench_regressions --change target/criterion/<bench>/change/estimates.json --threshold 10"
    );
    println!("recorded estimates of fibonacci/iterative_20 (tests/fixtures/criterion/):");
    let fixture = |json| mean_ns(json).expect("fixture is a valid estimates.json");
    let (base, same, slow) = (
        fixture(FIXTURE_BASELINE),
        fixture(FIXTURE_SAME),
        fixture(FIXTURE_SLOWER),
    );
    let change = |json| change_pct(json).expect("fixture is a valid change/estimates.json");
    println!("  point means, threshold {DEFAULT_THRESHOLD_PCT}%:");
    println!(
        "    unchanged rerun: {}",
        report(base, same, DEFAULT_THRESHOLD_PCT).1
    );
    println!(
        "    slow variant:    {}",
        report(base, slow, DEFAULT_THRESHOLD_PCT).1
    );
    println!(
        "    unchanged, the two runs swapped (noise, a false alarm): {}",
        report(same, base, DEFAULT_THRESHOLD_PCT).1
    );
    println!("  criterion's change interval, threshold {DEFAULT_THRESHOLD_PCT}%:");
    println!(
        "    unchanged rerun: {}",
        report_change(change(FIXTURE_CHANGE_SAME), DEFAULT_THRESHOLD_PCT).1
    );
    println!(
        "    slow variant:    {}",
        report_change(change(FIXTURE_CHANGE_SLOWER), DEFAULT_THRESHOLD_PCT).1
    );
}

/// Default regression threshold, in percent of the baseline mean.
pub const DEFAULT_THRESHOLD_PCT: f64 = 10.0;

/// criterion's `estimates.json` of `fibonacci/iterative_20`, saved as baseline `before`.
pub const FIXTURE_BASELINE: &str =
    include_str!("../../tests/fixtures/criterion/before/estimates.json");
/// The same bench after `BENCH_VARIANT=slow` swapped in the slower implementation.
pub const FIXTURE_SLOWER: &str = include_str!("../../tests/fixtures/criterion/slow/estimates.json");
/// criterion's `change/estimates.json` for a rerun of the unchanged code against baseline `before`.
pub const FIXTURE_CHANGE_SAME: &str =
    include_str!("../../tests/fixtures/criterion/same/change/estimates.json");
/// criterion's `change/estimates.json` for the slow variant against baseline `before`.
pub const FIXTURE_CHANGE_SLOWER: &str =
    include_str!("../../tests/fixtures/criterion/slow/change/estimates.json");
/// The unchanged rerun's own `estimates.json`, for the point-mean gate.
pub const FIXTURE_SAME: &str = include_str!("../../tests/fixtures/criterion/same/estimates.json");

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

/// criterion's relative change of the mean from a `change/estimates.json`, in percent:
/// `(lower bound, point estimate, upper bound)` of its confidence interval.
pub fn change_pct(json: &str) -> Result<(f64, f64, f64), EstimateError> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| EstimateError::Json(e.to_string()))?;
    let mean = &value["mean"];
    let get = |v: &serde_json::Value| {
        v.as_f64()
            .filter(|x| x.is_finite())
            .map(|x| x * 100.0)
            .ok_or(EstimateError::MissingMean)
    };
    Ok((
        get(&mean["confidence_interval"]["lower_bound"])?,
        get(&mean["point_estimate"])?,
        get(&mean["confidence_interval"]["upper_bound"])?,
    ))
}

/// The interval gate: a regression only when even the lower bound of the change exceeds the threshold,
/// i.e. criterion is confident the code got slower by more than `threshold_pct`.
pub fn compare_change(lower_pct: f64, threshold_pct: f64) -> Verdict {
    if lower_pct > threshold_pct {
        Verdict::Regressed {
            change_pct: lower_pct,
        }
    } else {
        Verdict::Ok {
            change_pct: lower_pct,
        }
    }
}

/// One CI log line for a change file.
pub fn report_change(change: (f64, f64, f64), threshold_pct: f64) -> (Verdict, String) {
    let (lower, point, upper) = change;
    let verdict = compare_change(lower, threshold_pct);
    let word = match verdict {
        Verdict::Regressed { .. } => "REGRESSION",
        Verdict::Ok { .. } => "ok",
    };
    (
        verdict,
        format!(
            "{word}: change {point:+.1}% (95% interval {lower:+.1}% to {upper:+.1}%), lower bound vs threshold {threshold_pct}%"
        ),
    )
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

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Gate {
    /// `BASELINE.json NEW.json`: compare two point means.
    Means(String, String),
    /// `--change CHANGE.json`: criterion's change interval.
    Change(String),
}

const USAGE: &str =
    "usage: bench_regressions (--change CHANGE.json | BASELINE.json NEW.json) [--threshold PCT]";

/// Parses `(--change CHANGE.json | BASELINE.json NEW.json) [--threshold PCT]`.
fn parse_args(args: &[String]) -> Result<(Gate, f64), String> {
    let (files, threshold) = match args {
        [rest @ .., flag, pct] if flag == "--threshold" => match pct.parse::<f64>() {
            Ok(p) if p >= 0.0 && p.is_finite() => (rest, p),
            _ => {
                return Err(format!(
                    "--threshold takes a non-negative percentage, got {pct:?}"
                ));
            }
        },
        _ => (args, DEFAULT_THRESHOLD_PCT),
    };
    match files {
        [flag, change] if flag == "--change" => Ok((Gate::Change(change.clone()), threshold)),
        [base, new] if !base.starts_with("--") => {
            Ok((Gate::Means(base.clone(), new.clone()), threshold))
        }
        _ => Err(USAGE.to_string()),
    }
}

fn read(path: &str) -> Result<String, EstimateError> {
    std::fs::read_to_string(path).map_err(|e| EstimateError::Io(format!("{path}: {e}")))
}

/// Runs the check on files; returns the process exit status (0 ok, 1 regression, 2 bad input).
pub fn run(args: &[String]) -> i32 {
    let (gate, threshold) = match parse_args(args) {
        Ok(parsed) => parsed,
        Err(msg) => {
            eprintln!("error: {msg}");
            return 2;
        }
    };
    let outcome = match gate {
        Gate::Means(base, new) => mean_ns_of_file(Path::new(&base))
            .and_then(|b| Ok((b, mean_ns_of_file(Path::new(&new))?)))
            .map(|(b, n)| report(b, n, threshold)),
        Gate::Change(change) => read(&change)
            .and_then(|text| change_pct(&text))
            .map(|c| report_change(c, threshold)),
    };
    match outcome {
        Ok((verdict, line)) => {
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

    #[test]
    fn the_change_gate_passes_an_unchanged_rerun_and_fails_the_slow_variant() {
        let same = change_pct(FIXTURE_CHANGE_SAME).unwrap();
        let slow = change_pct(FIXTURE_CHANGE_SLOWER).unwrap();
        assert!(same.0 <= same.1 && same.1 <= same.2, "{same:?}");
        assert!(matches!(
            compare_change(same.0, DEFAULT_THRESHOLD_PCT),
            Verdict::Ok { .. }
        ));
        assert!(matches!(
            compare_change(slow.0, DEFAULT_THRESHOLD_PCT),
            Verdict::Regressed { .. }
        ));
        // Only the lower bound counts: a wide interval whose point estimate is above the threshold
        // but whose lower bound is not is not (yet) a regression.
        assert!(matches!(compare_change(5.0, 10.0), Verdict::Ok { .. }));
        assert!(matches!(
            compare_change(10.5, 10.0),
            Verdict::Regressed { .. }
        ));
    }

    #[test]
    fn the_command_line_selects_the_gate() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse_args(&args(&["--change", "c.json"])),
            Ok((Gate::Change("c.json".into()), DEFAULT_THRESHOLD_PCT))
        );
        assert_eq!(
            parse_args(&args(&["a", "b", "--threshold", "5"])),
            Ok((Gate::Means("a".into(), "b".into()), 5.0))
        );
        assert!(parse_args(&args(&["--change"])).is_err());
        assert_eq!(run(&args(&["--change", "/no/such/change.json"])), 2);
    }

    #[test]
    fn noise_fails_the_point_mean_gate_but_not_the_interval_gate() {
        // Both recordings are of the same, unchanged code (recorded on a loaded machine by
        // `bash performance/scripts/bench-regression.sh 10 --record`; a recording from a quiet machine
        // may differ by less than 10%, and then this test says the fixtures no longer show the point).
        let (first, rerun) = (
            mean_ns(FIXTURE_BASELINE).unwrap(),
            mean_ns(FIXTURE_SAME).unwrap(),
        );
        assert!(matches!(
            compare(rerun, first, DEFAULT_THRESHOLD_PCT),
            Verdict::Regressed { .. }
        ));
        let (lower, _, _) = change_pct(FIXTURE_CHANGE_SAME).unwrap();
        assert!(matches!(
            compare_change(lower, DEFAULT_THRESHOLD_PCT),
            Verdict::Ok { .. }
        ));
    }
}
