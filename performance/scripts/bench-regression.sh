#!/usr/bin/env bash
# Q36 follow-up, for real: save a criterion baseline, make the code slower, bench again, and let
# `bench_regressions` fail the run. Exits 0 when the regression WAS detected (the demonstration worked),
# 1 when it was not.  Usage: bash performance/scripts/bench-regression.sh [THRESHOLD_PCT]
set -euo pipefail
cd "$(dirname "$0")/../.."
threshold="${1:-10}"
target_dir="${CARGO_TARGET_DIR:-$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')}"
est() { echo "$target_dir/criterion/fibonacci/iterative_20/$1/estimates.json"; }

echo "== 1. baseline 'before': the real iterative Fibonacci"
cargo bench -q -p performance --bench benchmarking -- --save-baseline before 'fibonacci/iterative_20$'
echo "== 2. baseline 'after': BENCH_VARIANT=slow swaps in the slower implementation under the same id"
BENCH_VARIANT=slow cargo bench -q -p performance --bench benchmarking -- --save-baseline after 'fibonacci/iterative_20$'

echo "== 3. the CI gate: compare the two estimates.json files, threshold ${threshold}%"
cargo build -q -p performance --bin bench_regressions
set +e
cargo run -q -p performance --bin bench_regressions -- "$(est before)" "$(est after)" --threshold "$threshold"
status=$?
set -e
case $status in
  1) echo "regression detected (exit status 1): a CI job running this gate would fail, as it should"; exit 0 ;;
  0) echo "NOT detected: the slow variant was within ${threshold}% of the baseline"; exit 1 ;;
  *) echo "the gate could not read the estimates (exit status $status)"; exit 1 ;;
esac
