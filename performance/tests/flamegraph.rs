//! Q37: a real flamegraph, end to end. Runs `profiling --flamegraph` (which samples its own workload with
//! `perf record` and draws the SVG) and checks that the SVG shows the workload's functions. A smoke test
//! of the pipeline only: `CARGO_BIN_EXE_profiling` is the test profile's (unoptimized) binary, so the
//! graph's proportions say nothing about release code, and the test does not look at them. Needs `perf`
//! (Debian: `apt-get install linux-perf`); CI installs it, and under CI=true a missing perf fails the test.
use std::process::Command;

#[test]
fn profiling_draws_a_flamegraph_of_its_workload() {
    if !performance::profiling::flamegraph::perf_available() {
        assert!(
            std::env::var("CI").is_err(),
            "perf is required in CI: apt-get install linux-perf"
        );
        eprintln!(
            "skipped: perf is not available here; install it with: apt-get install linux-perf"
        );
        return;
    }
    let dir = std::env::temp_dir().join(format!("flamegraph-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let svg_path = dir.join("flame.svg");
    let out = Command::new(env!("CARGO_BIN_EXE_profiling"))
        .arg("--flamegraph")
        .arg(&svg_path)
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
    let _ = std::fs::remove_dir_all(&dir);
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
