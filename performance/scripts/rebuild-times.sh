#!/usr/bin/env bash
# Q40: the guide's "lto = "fat" and codegen-units = 1 in development profiles make compiles 5-10x slower"
# is about the edit-compile loop, not about clean builds. This times that loop: build one real binary
# under a profile, touch one source file of its crate, and time the rebuild (best of RUNS), under the dev
# profile and under release-fast (opt-level 3, fat LTO, one codegen unit).
# Usage: bash performance/scripts/rebuild-times.sh [BIN] [RUNS]   (default tokio_tuning, 3; the first
#        release-fast build takes minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-tokio_tuning}"
runs="${2:-3}"
echo "binary: $bin ($(rustc --version), $(nproc) cores), rebuild after touching performance/src/lib.rs, best of $runs"
echo "| profile | rebuild after an edit |"
echo "| --- | --- |"
best() { # best PROFILE: best rebuild time in seconds
  cargo build -q -p performance --bin "$bin" --profile "$1"
  local best="" start end t
  for _ in $(seq 1 "$runs"); do
    touch performance/src/lib.rs
    start=$(date +%s.%N)
    cargo build -q -p performance --bin "$bin" --profile "$1"
    end=$(date +%s.%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
  done
  echo "$best"
}
dev=$(best dev)
echo "| dev | $dev s |"
fast=$(best release-fast)
echo "| release-fast | $fast s |"
awk -v d="$dev" -v f="$fast" 'BEGIN { printf "release-fast rebuild takes %.1fx as long as dev\n", f / d }'
