#!/usr/bin/env python3
"""Refresh the measured column of performance/CLAIMS.md from one bench run on this machine.

    python3 performance/scripts/claims.py          # re-read the last criterion results, rewrite the table
    python3 performance/scripts/claims.py --run    # run the benches the ledger names first (a few minutes)
    python3 performance/scripts/claims.py --check  # exit 1 if a row's bench result is missing

The ledger is both the source and the output. A row whose last cell ("Measured by") names criterion
benchmarks is refreshed here:
  - `cargo bench -p CRATE --bench NAME` in that cell says which bench produces the figures (`--run` runs it);
  - `time:ID` reports criterion's mean estimate for benchmark ID (e.g. `time:fibonacci/recursive_20`);
  - `ratio:A ÷ B` reports mean(A) / mean(B), e.g. `ratio:fibonacci/recursive_20 ÷ fibonacci/iterative_20`.
IDs are criterion's full benchmark ids (group/function[/parameter]), as criterion prints them.
A row that names a script (`bash performance/scripts/NAME.sh`) or a release binary
(`cargo run --release -q --bin NAME`) instead takes `line:TEXT` items: the next line of its last output
(kept in target/claims/NAME.log by `--run`) that starts with TEXT, each search going on after the previous
match (`\|` in TEXT stands for `|`, which a Markdown table cell cannot hold).
The script rewrites only that row's "Measured here" cell, and the machine line between the
`<!-- machine -->` markers. Rows about deterministic facts (sizes, allocation counts) name a stored binary
output instead; `performance/tests/claims.rs` checks those against the code, so they need no refresh.
"""
import json
import os
import pathlib
import platform
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
LEDGER = ROOT / "performance" / "CLAIMS.md"
TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
if not TARGET.is_absolute():
    TARGET = ROOT / TARGET
CRITERION = TARGET / "criterion"

BENCH_CMD = re.compile(r"`(cargo bench -p [\w-]+ --bench [\w-]+)`")
# A script, or a release binary of the workspace; both are run by --run and their output kept.
SCRIPT_CMD = re.compile(r"`((?:bash performance/scripts/|cargo run --release -q --bin )([\w-]+)(?:\.sh)?)`")
LINE = re.compile(r"`line:([^`]+)`")
LOGS = TARGET / "claims"
TIME = re.compile(r"`time:([^`]+)`")
RATIO = re.compile(r"`ratio:([^`]+?) ÷ ([^`]+)`")
_RESULTS = None


def results():
    """criterion's latest result of every benchmark it has run: full id -> estimates.json path."""
    global _RESULTS
    if _RESULTS is None:
        _RESULTS = {}
        for meta in CRITERION.glob("**/new/benchmark.json"):
            full_id = json.loads(meta.read_text())["full_id"]
            _RESULTS[full_id] = meta.parent / "estimates.json"
    return _RESULTS


def mean_ns(bench_id):
    """Criterion's mean point estimate for bench_id, in nanoseconds."""
    path = results().get(bench_id)
    if path is None or not path.is_file():
        raise LookupError(f"no criterion result for `{bench_id}` under {CRITERION}; run with --run")
    return json.loads(path.read_text())["mean"]["point_estimate"]


def human(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def script_lines(script, prefixes):
    """For each prefix in turn, the next line of the script's output (indentation aside) that starts
    with it: the search goes on after the previous match, so repeated prefixes pick successive lines."""
    log = LOGS / f"{script}.log"
    if not log.is_file():
        raise LookupError(f"no output of {script} in {log}; run with --run")
    lines = [line.strip() for line in log.read_text().splitlines()]
    found, at = [], 0
    for prefix in prefixes:
        prefix = prefix.replace("\\|", "|")
        while at < len(lines) and not lines[at].startswith(prefix):
            at += 1
        if at == len(lines):
            raise LookupError(f"{script} printed no line starting with {prefix!r} (see {log})")
        # A Markdown table row from a script becomes "cell, cell, cell".
        found.append(", ".join(c.strip() for c in lines[at].strip("|").split("|")))
        at += 1
    return found


def ratio_label(a, b):
    """`sort_10M/reversed/sort_unstable` ÷ `sort_10M/reversed/par_sort_unstable` reads as
    `reversed: sort_unstable ÷ par_sort_unstable`: the shared group is said once."""
    sa, sb = a.split("/"), b.split("/")
    common = 0
    while common < min(len(sa), len(sb)) - 1 and sa[common] == sb[common]:
        common += 1
    label = f"{'/'.join(sa[common:])} ÷ {'/'.join(sb[common:])}"
    return f"{sa[common - 1]}: {label}" if common > 1 else label


def measured(cell):
    parts = []
    prefixes = LINE.findall(cell)
    if prefixes:
        parts.extend(script_lines(SCRIPT_CMD.findall(cell)[0][1], prefixes))
    for bench_id in TIME.findall(cell):
        parts.append(f"{bench_id.split('/')[-1]}: {human(mean_ns(bench_id))}")
    for a, b in RATIO.findall(cell):
        parts.append(f"{ratio_label(a, b)} = {mean_ns(a) / mean_ns(b):.3g}×")
    return "; ".join(parts)


def machine():
    cpu = "unknown CPU"
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    rustc = subprocess.run(["rustc", "--version"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return f"Measured on: {os.cpu_count()} cores, {cpu}, {platform.machine()}, {rustc}."


def main():
    run = "--run" in sys.argv
    check = "--check" in sys.argv
    lines = LEDGER.read_text().splitlines()
    if run:
        commands = sorted({c for line in lines for c in BENCH_CMD.findall(line)})
        for command in commands:
            print(f"+ {command}", flush=True)
            subprocess.run(command.split(), cwd=ROOT, check=True)
        LOGS.mkdir(parents=True, exist_ok=True)
        for command, name in sorted({s for line in lines for s in SCRIPT_CMD.findall(line)}):
            print(f"+ {command}", flush=True)
            out = subprocess.run(command.split(), cwd=ROOT, check=True, capture_output=True, text=True).stdout
            print(out, end="")
            (LOGS / f"{name}.log").write_text(out)
    missing = []
    out = []
    in_machine = False
    for line in lines:
        if line.strip() == "<!-- machine -->":
            in_machine = not in_machine
            out.append(line)
            if in_machine:
                out.append(machine())
            continue
        if in_machine:
            continue
        cells = line.split(" | ")
        if line.startswith("|") and len(cells) >= 6 and any(
            pattern.search(cells[-1]) for pattern in (TIME, RATIO, LINE)
        ):
            try:
                cells[3] = measured(cells[-1])
            except LookupError as err:
                missing.append(str(err))
            line = " | ".join(cells)
        out.append(line)
    if check:
        for err in missing:
            print(err, file=sys.stderr)
        sys.exit(1 if missing else 0)
    LEDGER.write_text("\n".join(out) + "\n")
    for err in missing:
        print(f"not refreshed: {err}", file=sys.stderr)
    print(f"rewrote {LEDGER.relative_to(ROOT)}" + (f" ({len(missing)} rows without results)" if missing else ""))


if __name__ == "__main__":
    main()
