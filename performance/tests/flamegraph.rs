//! Q37: a real flamegraph, end to end. Runs `profiling --flamegraph` (which samples its own workload with
//! `perf record` and draws the SVG) and checks that the SVG shows the workload's functions. A smoke test
//! of the pipeline only: `CARGO_BIN_EXE_profiling` is the test profile's (unoptimized) binary, so the
//! graph's proportions say nothing about release code, and the test does not look at them. Needs `perf`
//! (Debian: `apt-get install linux-perf`); CI installs it, and in CI a missing perf fails the test (the
//! one rule of `basics/tests/support/mod.rs`).
#[path = "../../basics/tests/support/mod.rs"]
mod support;

use std::process::Command;

/// Rounds of the workload to sample: enough for a few hundred samples, in which both word counts
/// (about half the samples each) always appear; the default of `--flamegraph` (20) is for people.
const ROUNDS: &str = "3";

#[test]
fn profiling_draws_a_flamegraph_of_its_workload() {
    let perf = performance::profiling::flamegraph::perf_available();
    if !support::tool_available((!perf).then(|| "perf (apt-get install linux-perf)".to_string())) {
        return;
    }
    let dir = support::scratch_dir("flamegraph");
    let svg_path = dir.join("flame.svg");
    let out = Command::new(env!("CARGO_BIN_EXE_profiling"))
        .arg("--flamegraph")
        .arg(&svg_path)
        .arg(ROUNDS)
        .output()
        .expect("the profiling binary runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.starts_with("wrote "), "{stdout}");
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(svg.starts_with("<svg "));
    assert!(
        svg.contains("count_words_std"),
        "no SipHash frames in the graph"
    );
    assert!(
        svg.contains("count_words_fx"),
        "no FxHash frames in the graph"
    );
}
