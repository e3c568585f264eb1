#!/usr/bin/env python3
"""The stored files a toolchain decides: what changed, version notes, and the newest-stable check.

  python3 .ci/stored.py notes OLD NEW       after a refresh: print what changed against the last commit,
                                            case by case, and write VERSION-NOTES.md (called by .ci/refresh)
  python3 .ci/stored.py pages [--check]   write (or check) the generated block at the end of every question
                                            module's doc: the stored outputs and the compile-fail cases with
                                            their messages, included from the very files the tests check, and
                                            each crate's ordered list of questions
  python3 .ci/stored.py html DOC_DIR        after `cargo doc`: fail unless every question's rendered page
                                            contains its stored outputs
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


BEGIN = "// Generated by `python3 .ci/stored.py pages` from the files the tests check: do not edit.\n"
END = "// End of the generated page block.\n"


def questions():
    return tomllib.loads((ROOT / "interview" / "questions.toml").read_text())["question"]


def rust_str(text):
    """A Rust string literal for `text`."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def cmd_cases(crate, bin_name):
    """(case stem, command line, exit code) of every stored output of `bin_name`, the plain run first."""
    out = []
    for toml_path in sorted((ROOT / crate / "tests" / "cmd").glob("*.toml")):
        case = tomllib.loads(toml_path.read_text())
        if case.get("bin", {}).get("name") != bin_name:
            continue
        args = " ".join(case.get("args", []))
        line = f"cargo run --bin {bin_name}" + (f" -- {args}" if args else "")
        code = case.get("status", {}).get("code", 0)
        out.append((toml_path.stem, line, code))
    out.sort(key=lambda c: (c[0] != bin_name, c[0]))
    return out


def page_block(module, crate, bin_name):
    """The generated doc attributes for the module file `module` (of `bin_name`)."""
    up = "../" * (len(module.relative_to(ROOT / crate / "src").parts))
    attrs = [BEGIN]

    # rustdoc joins doc fragments with one line break and trims each: an empty fragment is the blank
    # line that starts a new paragraph.
    def doc(text):
        attrs.append('#![doc = ""]\n')
        attrs.append(f"#![doc = {rust_str(text.strip(chr(10)))}]\n")

    def include(before, rel, after):
        attrs.append('#![doc = ""]\n')
        attrs.append(f"#![doc = concat!({rust_str(before)}, include_str!({rust_str(up + rel)}), {rust_str(after)})]\n")

    source = module.relative_to(ROOT / crate).as_posix()
    doc("\n# The example's code\n")
    include(f"<details><summary><code>{crate}/{source}</code>, the file this page is made from (start at <code>main</code>)</summary>\n\n```text\n",
            source, "```\n\n</details>\n")

    cases = cmd_cases(crate, bin_name)
    if cases:
        doc("\n# Verified output\n\nWhat the binary prints, exactly: `tests/outputs.rs` runs it and compares every line "
            "with these stored files (`[..]` matches anything within a line, `...` any lines).\n")
        for stem, line, code in cases:
            status = "" if code == 0 else f" (exits with status {code})"
            has = lambda ext: (ROOT / crate / "tests" / "cmd" / f"{stem}.{ext}").is_file()
            if has("stdout"):
                include(f"`{line}`{status}:\n\n```text\n", f"tests/cmd/{stem}.stdout", "```\n")
            if has("stderr"):
                lead = "On stderr:" if has("stdout") else f"`{line}`{status}, on stderr:"
                include(f"{lead}\n\n```text\n", f"tests/cmd/{stem}.stderr", "```\n")
    ui = sorted((ROOT / crate / "tests" / "ui" / bin_name).glob("*.rs"))
    if ui:
        doc("\n# The compiler's real errors\n\nEvery line this question marks ❌ is a program of its own that must "
            "fail to compile with exactly this message from the pinned rustc (`tests/compile_fail.rs`).\n")
        for case in ui:
            rel = case.relative_to(ROOT / crate).as_posix()
            include(f"`{rel}`:\n\n```text\n", rel, "```\n")
            include("rustc says:\n\n```text\n", rel[:-3] + ".stderr", "```\n")
    attrs.append(END)
    return "".join(attrs)


def module_files():
    """(module file, crate, bin) for every question's main and follow-up module."""
    for q in questions():
        src = ROOT / q["crate"] / "src"
        yield src / f"{q['bin']}.rs", q["crate"], q["bin"]
        yield src / q["bin"] / "follow_up.rs", q["crate"], q["follow_up_bin"]


def with_block(text, block):
    """`text` with its generated block replaced by `block`, or added after the module's `//!` doc."""
    if BEGIN in text:
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        return head + block + tail
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and (lines[i].startswith("//!") or (lines[i].strip() == "" and i == 0)):
        i += 1
    return "".join(lines[:i]) + block + "".join(lines[i:])


def crate_list(crate):
    """The front page's list of the crate's questions, in question order."""
    rows = [BEGIN, f"#![doc = {rust_str(chr(10) + '# Questions' + chr(10))}]\n"]
    for q in questions():
        if q["crate"] == crate:
            item = f"{q['n']}. [{q['title']}]({q['bin']}) (follow-up: [{q['follow_up_bin']}]({q['bin']}::follow_up))"
            rows.append(f"#![doc = {rust_str(item)}]\n")
    rows.append(END)
    return "".join(rows)


def pages(check):
    stale = []
    targets = [(m, page_block(m, c, b)) for m, c, b in module_files() if m.exists()]
    missing = [m for m, c, b in module_files() if not m.exists()]
    for crate in sorted({q["crate"] for q in questions()}):
        targets.append((ROOT / crate / "src" / "lib.rs", crate_list(crate)))
    for path, block in targets:
        old = path.read_text()
        new = with_block(old, block)
        if new != old:
            stale.append(path.relative_to(ROOT))
            if not check:
                path.write_text(new)
    for m in missing:
        print(f"no module file {m.relative_to(ROOT)}", file=sys.stderr)
    if check and (stale or missing):
        print("stale generated page blocks (run `python3 .ci/stored.py pages`):", *stale, sep="\n  ")
        return 1
    print(f"{len(targets)} page blocks {'checked' if check else 'written'}, {len(stale)} changed")
    return 0


def html(doc_dir):
    import html as h
    doc_dir = pathlib.Path(doc_dir)
    problems = 0
    for module, crate, bin_name in module_files():
        rel = module.relative_to(ROOT / crate / "src").with_suffix("")
        page = doc_dir / crate / rel / "index.html"
        # The page's text as a reader sees it: tags removed, entities decoded.
        text = h.unescape(re.sub(r"<[^>]+>", "", page.read_text())) if page.exists() else ""
        for stem, _, _ in cmd_cases(crate, bin_name):
            stored = ROOT / crate / "tests" / "cmd" / f"{stem}.stdout"
            if not stored.is_file():
                stored = stored.with_suffix(".stderr")
            lines = [l for l in stored.read_text().splitlines()
                     if l.strip() and "[..]" not in l and l != "..."]
            for line in lines[:3] + lines[-1:]:
                if line not in text:
                    print(f"{page}: lacks the stored output line {line!r} of {stem}")
                    problems += 1
                    break
    print(f"rendered pages checked against the stored outputs: {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) in (2, 3) and sys.argv[1] == "pages":
        sys.exit(pages("--check" in sys.argv))
    if len(sys.argv) == 3 and sys.argv[1] == "html":
        sys.exit(html(sys.argv[2]))
    if len(sys.argv) == 4 and sys.argv[1] == "notes":
        notes(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "compat":
        sys.exit(compat(sys.argv[2]))
    else:
        sys.exit(__doc__)
