//! What this crate's benches share (a module, not a bench target: cargo only builds `benches/*.rs`).
use criterion::Criterion;
use std::time::Duration;

/// Short runs: 10 samples after 0.3 s of warm-up, 1 s of measurement per benchmark, so that the whole
/// `cargo bench -p performance` takes minutes, not tens of minutes.
pub fn short_runs() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
}
