#!/usr/bin/env bash
# Q36: the guide's warning "debug builds are 10-100x slower", measured. Builds the `benchmarking` binary
# in the dev and release profiles and times one recursive fibonacci(N) in each (best of 5 runs).
# Usage: bash performance/scripts/debug-vs-release.sh [N]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-30}"
best() {
  local b="" t
  for _ in 1 2 3 4 5; do
    t=$(cargo run -q -p performance --bin benchmarking "$@" -- --time "$n")
    if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
  done
  echo "$b"
}
cargo build -q -p performance --bin benchmarking
cargo build -q -p performance --bin benchmarking --release
debug=$(best)
release=$(best --release)
awk -v d="$debug" -v r="$release" -v n="$n" 'BEGIN {
  printf "recursive fibonacci(%d), best of 5: debug %.2f ms, release %.2f ms, debug is %.1fx slower\n", n, d/1e6, r/1e6, d/r
}'
