#!/usr/bin/env python3
"""The stored files a toolchain decides: what changed, version notes, and the newest-stable check.

  python3 .ci/stored.py notes OLD NEW       after a refresh: print what changed against the last commit,
                                            case by case, and write VERSION-NOTES.md (called by .ci/refresh)
  python3 .ci/stored.py compat DIR          DIR is a copy of the workspace whose stored files were rewritten
                                            by another toolchain (.ci/newest-stable): fail unless every
                                            compile-fail case still fails with the same error codes on the
                                            same lines, and every stored output still holds except lines
                                            that name the compiler
"""
import pathlib
import re
import subprocess
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTES = ROOT / "VERSION-NOTES.md"
STORED = re.compile(r"^[^/]+/tests/(ui|cmd|snapshots|pass)/")
ERROR = re.compile(r"^error(?:\[(E\d{4})\])?: ")
PRIMARY = re.compile(r"^\s*--> (?:\$DIR/)?(.+?):(\d+):\d+$")


def question_of(path):
    """Q<n> for a stored file, from interview/questions.toml and the <bin> folder or file name."""
    qs = tomllib.loads((ROOT / "interview" / "questions.toml").read_text())["question"]
    parts = pathlib.PurePosixPath(path).parts
    names = set(parts[3:4]) | {pathlib.PurePosixPath(path).stem}
    for q in qs:
        if names & {q["bin"], q["follow_up_bin"]}:
            return f"Q{q['n']}"
    # A member that holds a single question (ffi, embedded) owns all of its stored files.
    only = [q for q in qs if q["crate"] == parts[0]]
    return f"Q{only[0]['n']}" if len(only) == 1 else "Q?"


def errors(stderr):
    """(code, line) of every error in a stored rustc message, in order; a code-less error has code None."""
    out, lines = [], stderr.splitlines()
    for i, line in enumerate(lines):
        m = ERROR.match(line)
        if not m or line.startswith("error: aborting") or line.startswith("error: could not compile"):
            continue
        primary = next((PRIMARY.match(l) for l in lines[i + 1 : i + 4] if PRIMARY.match(l)), None)
        out.append((m.group(1), int(primary.group(2)) if primary else None))
    return out


def git(*args):
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def changed_stored_files():
    rows = git("status", "--porcelain", "--untracked-files=all").splitlines()
    return sorted(r[3:] for r in rows if STORED.match(r[3:]))


def first_change(old, new):
    """The first line that differs, as it was and as it is, and how many other lines changed."""
    a, b = old.splitlines(), new.splitlines()
    removed = [l for l in a if l not in b]
    added = [l for l in b if l not in a]
    more = max(len(removed), len(added)) - 1
    return (removed[0].strip() if removed else ""), (added[0].strip() if added else ""), max(more, 0)


def notes(old, new):
    files = changed_stored_files()
    if not files:
        print(f"no stored file changed between rustc {old} and {new}")
    messages = []
    for f in files:
        before = git("show", f"HEAD:{f}") if f in git("ls-files", f).splitlines() else ""
        after = (ROOT / f).read_text() if (ROOT / f).exists() else ""
        was, now, more = first_change(before, after)
        print(f"{question_of(f):>4} {f}")
        print(f"       - {was}\n       + {now}" + (f"\n       ({more} more changed lines)" if more else ""))
        if f.endswith(".stderr") and "/tests/ui/" in f and before and old != new:
            same = "same error codes" if errors(before) == errors(after) else "ERROR CODES CHANGED"
            extra = f" (+{more} more lines)" if more else ""
            messages.append(f"- {question_of(f)} `{f}` ({same}): rustc {old} said `` {was} ``{extra}")
    if old == new or not messages:
        return
    text = NOTES.read_text() if NOTES.exists() else HEADER
    section = f"## rustc {old} → {new}\n\n" + "\n".join(messages) + "\n"
    # Re-running the same bump replaces its section instead of adding a second one.
    text = re.sub(rf"## rustc {re.escape(old)} → {re.escape(new)}\n\n(?:- .*\n)*\n?", "", text)
    head, _, rest = text.partition("\n## ")
    NOTES.write_text(head.rstrip("\n") + "\n\n" + section + ("\n## " + rest if rest else ""))
    print(f"wrote {len(messages)} version notes to {NOTES.relative_to(ROOT)}")


HEADER = """# Version notes: what older compilers said

The compile-fail cases store the pinned compiler's exact message (see `rust-toolchain.toml`). When a
toolchain bump changes one, `bash .ci/refresh <version>` writes a line here: the case, whether its error
codes stayed the same, and the first line the older compiler printed instead, so that a reader on an older
(or newer) rustc knows why their message reads differently. Newest bump first. Generated; do not edit.
"""


def compat(other):
    other = pathlib.Path(other)
    problems, reworded = [], 0
    for path in sorted(ROOT.glob("*/tests/ui/**/*.stderr")):
        rel = path.relative_to(ROOT)
        theirs = other / rel
        if not theirs.exists():
            problems.append(f"{rel}: no message from the other toolchain")
            continue
        a, b = errors(path.read_text()), errors(theirs.read_text())
        if a != b:
            problems.append(f"{rel}: pinned {a}, other toolchain {b}")
        elif path.read_text() != theirs.read_text():
            reworded += 1
    for path in sorted(ROOT.glob("*/tests/cmd/*.std*")):
        rel = path.relative_to(ROOT)
        mine, theirs = path.read_text().splitlines(), (other / rel).read_text().splitlines()
        diff = [(x, y) for x, y in zip(mine, theirs) if x != y and "rustc" not in x]
        if len(mine) != len(theirs) or diff:
            problems.append(f"{rel}: output differs: {diff[:2] or 'line count'}")
    for p in problems:
        print("NOT COMPATIBLE:", p)
    print(f"{reworded} compiler messages are worded differently with the same codes and lines; "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "notes":
        notes(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "compat":
        sys.exit(compat(sys.argv[2]))
    else:
        sys.exit(__doc__)
