#!/usr/bin/env bash
# Q36: the guide's warning "debug builds are 10-100x slower", measured. Builds the `benchmarking` binary
# in the dev and release profiles and times, in each (best of 5 runs), one recursive fibonacci(N) and one
# iterator chain (map/filter/fold, 1000 times over 10 000 numbers), the kind of code debug builds are worst at.
# Usage: bash performance/scripts/debug-vs-release.sh [N]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-30}"
best() { # best ARGS...: best of 5, in ns; ARGS are the binary's (after --) and cargo's (before --)
  local b="" t
  for _ in 1 2 3 4 5; do
    t=$(cargo run -q -p performance --bin benchmarking "$@")
    if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
  done
  echo "$b"
}
cargo build -q -p performance --bin benchmarking
cargo build -q -p performance --bin benchmarking --release
report() {
  awk -v d="$2" -v r="$3" -v what="$1" 'BEGIN {
    printf "%s, best of 5: debug %.2f ms, release %.2f ms, debug is %.1fx slower\n", what, d/1e6, r/1e6, d/r
  }'
}
report "recursive fibonacci($n)" "$(best -- --time "$n")" "$(best --release -- --time "$n")"
report "iterator chain, 1000 x 10 000 numbers" "$(best -- --time-iter)" "$(best --release -- --time-iter)"
