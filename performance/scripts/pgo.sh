#!/usr/bin/env bash
# Q40 follow-up: profile-guided optimization end to end on the `pgo` binary's interpreter workload.
# 1. instrumented build, 2. training run, 3. merge with llvm-profdata (rustup's llvm-tools: it must match
# rustc's LLVM), 4. optimized build, 5. before/after timing (best of 5 runs each).
# Usage: bash performance/scripts/pgo.sh [TRAIN_N] [MEASURE_N]   (defaults 300000 and 1000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
train="${1:-300000}"
measure="${2:-1000000}"
host="$(rustc -vV | sed -n 's/^host: //p')"
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
  echo "llvm-profdata not found at $profdata; install it with: rustup component add llvm-tools" >&2
  exit 1
fi
work="$(realpath -m "${PGO_DIR:-${CARGO_TARGET_DIR:-target}/pgo}")"
data="$work/profile-data"
rm -rf "$data"
mkdir -p "$data"
# --target keeps RUSTFLAGS away from build scripts and proc macros, as the rustc book recommends for PGO.
build() { CARGO_TARGET_DIR="$work/$1" cargo build -q --release --target "$host" -p performance --bin pgo; }

echo "== plain release build"
RUSTFLAGS="" build plain
echo "== 1. instrumented build (-Cprofile-generate)"
RUSTFLAGS="-Cprofile-generate=$data" build instrumented
echo "== 2. training run: --workload $train"
"$work/instrumented/$host/release/pgo" --workload "$train" >/dev/null
ls "$data"/*.profraw >/dev/null
echo "== 3. merge: $("$profdata" --version | sed -n 's/.*LLVM version/LLVM/p' | head -1)"
"$profdata" merge -o "$data/merged.profdata" "$data"
echo "== 4. optimized build (-Cprofile-use)"
RUSTFLAGS="-Cprofile-use=$data/merged.profdata" build optimized

best() { # best of 5 runs, in nanoseconds; also checks both binaries compute the same total
  local b="" line total ns
  for _ in 1 2 3 4 5; do
    line=$("$1" --workload "$measure")
    total=${line% *}
    ns=${line#* }
    if [ -z "$b" ] || [ "$ns" -lt "$b" ]; then b=$ns; fi
  done
  echo "$total $b"
}
echo "== 5. timing: --workload $measure, best of 5"
read -r t1 plain < <(best "$work/plain/$host/release/pgo")
read -r t2 pgo < <(best "$work/optimized/$host/release/pgo")
if [ "$t1" != "$t2" ]; then echo "the two builds disagree: $t1 vs $t2" >&2; exit 1; fi
awk -v p="$plain" -v q="$pgo" -v t="$t1" 'BEGIN {
  printf "total steps %s; plain release %.1f ms, PGO %.1f ms: PGO takes %.0f%% of the time (%.2fx)\n", t, p/1e6, q/1e6, 100*q/p, p/q
}'
