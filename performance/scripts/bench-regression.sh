#!/usr/bin/env bash
# Q36 follow-up, for real: save a criterion baseline, bench the unchanged code and then a slower variant
# against it, and let `bench_regressions` judge criterion's change interval. Exits 0 when the gate passed
# the unchanged rerun and failed the slow variant (the demonstration worked), 1 otherwise.
# Usage: bash performance/scripts/bench-regression.sh [THRESHOLD_PCT] [--record]
#   --record copies the estimates into performance/tests/fixtures/criterion/ (the binary's demonstration)
set -euo pipefail
cd "$(dirname "$0")/../.."
threshold="${1:-10}"
record="${2:-}"
target_dir="${CARGO_TARGET_DIR:-$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')}"
dir="$target_dir/criterion/fibonacci/iterative_20"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bench() { cargo bench -q -p performance --bench benchmarking -- "$@" 'fibonacci/iterative_20$'; }
keep() { mkdir -p "$work/$1/change"; cp "$dir/new/estimates.json" "$work/$1/estimates.json"; cp "$dir/change/estimates.json" "$work/$1/change/estimates.json"; }

echo "== 1. baseline 'before': the real iterative Fibonacci"
bench --save-baseline before
mkdir -p "$work/before"; cp "$dir/before/estimates.json" "$work/before/estimates.json"
echo "== 2. the unchanged code again, compared with 'before': the noise"
bench --baseline before
keep same
echo "== 3. BENCH_VARIANT=slow swaps in the slower implementation under the same id, compared with 'before'"
BENCH_VARIANT=slow bench --baseline before
keep slow

echo "== 4. the CI gate on criterion's change interval, threshold ${threshold}%"
cargo build -q -p performance --bin bench_regressions
gate() {
  set +e
  cargo run -q -p performance --bin bench_regressions -- --change "$work/$1/change/estimates.json" --threshold "$threshold"
  echo $? > "$work/$1.status"
  set -e
}
echo -n "unchanged rerun: "; gate same
echo -n "slow variant:    "; gate slow
same_status=$(cat "$work/same.status")
slow_status=$(cat "$work/slow.status")
if [ "$record" = "--record" ]; then
  cp -r "$work/before" "$work/same" "$work/slow" performance/tests/fixtures/criterion/
  echo "recorded the estimates in performance/tests/fixtures/criterion/"
fi
if [ "$same_status" = 0 ] && [ "$slow_status" = 1 ]; then
  echo "unchanged rerun passed, slow variant failed (exit status 1): the gate works as a CI step"
else
  echo "unexpected: unchanged rerun exit $same_status, slow variant exit $slow_status"; exit 1
fi
