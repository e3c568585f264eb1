#!/usr/bin/env bash
# Q40: build one real binary under each profile, each from a clean target directory, and report its size
# and the wall-clock build time (dependencies included). The rows follow the guide's ladder.
# Usage: bash performance/scripts/profile-sizes.sh [BIN]   (default tokio_tuning; takes several minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-tokio_tuning}"
base="$(realpath -m "${PROFILE_SIZES_DIR:-${CARGO_TARGET_DIR:-target}/profile-sizes}")"
echo "binary: $bin ($(rustc --version), $(nproc) cores)"
echo "| build | size | build time (clean, with dependencies) |"
echo "| --- | --- | --- |"
row() { # row LABEL PROFILE [VAR=VALUE...]: profile settings overridden through Cargo's environment variables
  local label=$1 profile=$2; shift 2
  local dir="$base/$profile-$#"
  rm -rf "$dir"
  local start end out
  start=$(date +%s.%N)
  env "$@" CARGO_TARGET_DIR="$dir" cargo build -q -p performance --bin "$bin" --profile "$profile"
  end=$(date +%s.%N)
  out=$profile; [ "$profile" = dev ] && out=debug
  local size
  size=$(stat -c %s "$dir/$out/$bin")
  awk -v l="$label" -v s="$size" -v a="$start" -v b="$end" \
    'BEGIN { printf "| %s | %.2f MB (%d bytes) | %.0f s |\n", l, s/1e6, s, b-a }'
  rm -rf "$dir"
}
row "dev (cargo build)" dev
row "default release (cargo build --release)" release
row "release + strip + LTO" release CARGO_PROFILE_RELEASE_STRIP=true CARGO_PROFILE_RELEASE_LTO=true
row "+ opt-level=\"z\", codegen-units=1 (release-small, panic=unwind)" release-small CARGO_PROFILE_RELEASE_SMALL_PANIC=unwind
row "+ panic=\"abort\" (release-small)" release-small
row "release-fast (opt-level 3, fat LTO, codegen-units 1, strip, abort)" release-fast
