#!/usr/bin/env bash
# Q27: how much code does `#[derive(Serialize, Deserialize)]` write? The guide says ~12 000 lines for 80
# structs (~150 a struct). This builds a scratch crate with structs of 1, 5 and 10 fields, expands its
# macros with rustc's `-Zunpretty=expanded` (what cargo-expand runs; RUSTC_BOOTSTRAP=1 lets the pinned
# stable compiler accept the flag, for this one command only) and counts the lines each derive adds.
# Usage: bash performance/scripts/serde-expansion.sh   (needs the serde crate from crates.io or the local cache)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
serde_req=$(sed -n 's/^serde = { version = "\([^"]*\)".*/\1/p' Cargo.toml)
dir="$(realpath -m "${CARGO_TARGET_DIR:-target}")/serde-expansion"
rm -rf "$dir" && mkdir -p "$dir/src"
cat >"$dir/Cargo.toml" <<TOML
[package]
name = "serde-expansion"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
serde = { version = "$serde_req", features = ["derive"] }

[workspace]
TOML
fields() { for i in $(seq 1 "$1"); do printf '    pub f%d: u64,\n' "$i"; done; }
expand() { # expand N DERIVES: lines of the expanded crate holding one N-field struct with DERIVES
  printf '#[derive(%s)]\npub struct S {\n%s\n}\n' "$2" "$(fields "$1")" >"$dir/src/lib.rs"
  (cd "$dir" && RUSTC_BOOTSTRAP=1 cargo rustc -q --lib --target-dir "$dir/target" -- -Zunpretty=expanded) | wc -l
}
cp "$root/rust-toolchain.toml" "$dir/"
# Start from the workspace's lock file, so that serde, serde_derive, syn and friends resolve to the versions
# the workspace uses rather than to whatever crates.io has on the day (cargo drops the entries it does
# not need and adds the scratch crate itself).
cp "$root/Cargo.lock" "$dir/"
for n in 1 5 10; do
  plain=$(expand "$n" "Debug")
  [ "$n" = 1 ] && echo "serde $(grep -A1 '^name = "serde"$' "$dir/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p'), $(rustc --version)"
  derived=$(expand "$n" "Debug, serde::Serialize, serde::Deserialize")
  echo "$n-field struct: Serialize + Deserialize add $((derived - plain)) lines"
done
