//! Every command, driven through the real binary with scripted stdin (one answer per line), including
//! bad input. Each test has its own progress file and exercise folder under the target's temp dir, a
//! fixed "today" (`INTERVIEW_TODAY`) and `NO_COLOR`, so nothing depends on the machine or the clock.
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

struct Env {
    dir: PathBuf,
    root: Option<PathBuf>,
}

impl Env {
    fn new(name: &str) -> Env {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join("cli")
            .join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Env { dir, root: None }
    }
    fn progress(&self) -> PathBuf {
        self.dir.join("data/progress.json")
    }
    fn exercises(&self) -> PathBuf {
        self.dir.join("exercises")
    }
    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_interview"));
        c.args(args)
            .env("INTERVIEW_PROGRESS", self.progress())
            .env("INTERVIEW_EXERCISES", self.exercises())
            .env("INTERVIEW_TODAY", "2026-12-01")
            .env("NO_COLOR", "1")
            .env_remove("INTERVIEW_ROOT");
        if let Some(r) = &self.root {
            c.env("INTERVIEW_ROOT", r);
        }
        c
    }
    /// Runs with `stdin` as the scripted answers; returns (success, stdout, stderr).
    fn run(&self, args: &[&str], stdin: &str) -> (bool, String, String) {
        let input = self.dir.join("stdin.txt");
        std::fs::write(&input, stdin).unwrap();
        let out: Output = self
            .cmd(args)
            .stdin(std::fs::File::open(&input).unwrap())
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(
            !stdout.contains('\x1b'),
            "colour codes without a terminal:\n{stdout}"
        );
        (out.status.success(), stdout, stderr)
    }
    fn ok(&self, args: &[&str], stdin: &str) -> String {
        let (ok, out, err) = self.run(args, stdin);
        assert!(ok, "interview {args:?} failed:\n{out}\n{err}");
        out
    }
    fn fails(&self, args: &[&str], stdin: &str) -> (String, String) {
        let (ok, out, err) = self.run(args, stdin);
        assert!(!ok, "interview {args:?} should fail:\n{out}");
        (out, err)
    }
    fn progress_json(&self) -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(self.progress()).unwrap()).unwrap()
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

#[test]
fn menu_list_show_search() {
    let e = Env::new("nav");
    let menu = e.ok(&[], "");
    for cmd in [
        "list",
        "show <N|bin>",
        "search <words>",
        "compiler",
        "output",
        "bug",
        "mock",
        "fix <case>",
        "review",
        "stats",
        "reset",
    ] {
        assert!(menu.contains(cmd), "menu lacks {cmd}:\n{menu}");
    }
    assert!(menu.contains("Progress: nothing answered yet."));

    let list = e.ok(&["list"], "");
    assert_eq!(
        list.lines()
            .filter(|l| l.trim_start().starts_with(char::is_numeric))
            .count(),
        40
    );
    assert!(list.contains("  5  basic         Ownership: one owner, moves, drops"));
    let adv = e.ok(&["list", "--level", "advanced"], "");
    assert!(adv.contains("advanced") && !adv.contains("  5  basic"));

    let by_number = e.ok(&["show", "5"], "");
    let by_bin = e.ok(&["show", "move_vs_clone"], "");
    assert_eq!(by_number, by_bin);
    for part in [
        "Q5 · basic · Ownership",
        "Follow-up: What is the difference between move and clone?",
        "cargo run --bin ownership",
        "cargo run --bin move_vs_clone",
        "basics/src/ownership.rs",
        "basics/tests/cmd/ownership.stdout",
        "basics/tests/ui/ownership/use_after_move.rs",
        "E0382 at line 5",
        "basics/tests/pass/ownership/use_after_move.rs",
    ] {
        assert!(
            by_number.contains(part),
            "show 5 lacks {part:?}:\n{by_number}"
        );
    }

    let found = e.ok(&["search", "borrow", "moved"], "");
    let first = found.lines().nth(1).unwrap();
    assert!(first.contains("Q5") && first.contains("E0382"), "{found}");
    assert!(e.ok(&["search", "zzzyx"], "").contains("No match"));
}

#[test]
fn bad_input_gets_a_clear_message() {
    let e = Env::new("bad-input");
    let (_, err) = e.fails(&["show", "41"], "");
    assert!(
        err.contains("no question \"41\": give a number from 1 to 40"),
        "{err}"
    );
    let (_, err) = e.fails(&["show", "no_such_bin"], "");
    assert!(err.contains("no question \"no_such_bin\""), "{err}");
    let (_, err) = e.fails(&["compiler", "--level", "guru"], "");
    assert!(
        err.contains("unknown level \"guru\": choose one of basic, intermediate"),
        "{err}"
    );
    let (_, err) = e.fails(&["fix", "no_such_case"], "");
    assert!(
        err.contains("no compile-fail case \"no_such_case\""),
        "{err}"
    );
    let (_, err) = e.fails(&["fix", "use_after"], "");
    assert!(
        err.contains("Did you mean: ownership/use_after_move"),
        "{err}"
    );
    let (_, err) = e.fails(&["check"], "");
    assert!(
        err.contains("no exercise yet: start one with `interview fix <case>`"),
        "{err}"
    );
    // Two questions have a case of this name: it must be qualified, and their exercise files differ.
    let (_, err) = e.fails(&["fix", "rc_across_threads"], "");
    assert!(
        err.contains("names several cases") && err.contains("smart_pointers/rc_across_threads"),
        "{err}"
    );
    let out = e.ok(&["fix", "smart_pointers/rc_across_threads"], "");
    assert!(out.contains("smart_pointers-rc_across_threads.rs"), "{out}");
    // clap's own errors: usage and a non-zero exit, no panic.
    let (_, err) = e.fails(&["compiler", "--count", "many"], "");
    assert!(err.contains("invalid value 'many'"), "{err}");
    let (_, err) = e.fails(&["frobnicate"], "");
    assert!(err.contains("unrecognized subcommand"), "{err}");
}

#[test]
fn compiler_drill_grades_against_the_stored_stderr() {
    let e = Env::new("compiler");
    // Q5's cases, straight from the files: E0382 is right exactly for those whose stored stderr says so.
    let q5 = q5_cases();
    let script = format!("maybe\n{}", "E0382\n".repeat(q5.len()));
    let out = e.ok(&["compiler", "--question", "5", "--seed", "4"], &script);
    assert!(
        out.contains(&format!("{} items, seed 4", q5.len())),
        "{out}"
    );
    assert!(out.contains("\"maybe\" is not an answer here."), "{out}");
    // The same seed gives the same session.
    assert_eq!(
        out,
        e.ok(&["compiler", "--question", "5", "--seed", "4"], &script)
    );
    // Comments that give the answer away are not shown.
    let shown_code: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with(char::is_numeric) && l.contains(" | "))
        .collect();
    assert!(shown_code.len() > 10, "{out}");
    assert!(shown_code.iter().all(|l| !l.contains("//")), "{out}");
    assert!(
        out.contains("rustc's message (stored in basics/tests/ui/ownership/"),
        "{out}"
    );
    let p = e.progress_json();
    assert_eq!(p["version"], 1);
    let items = p["items"].as_object().unwrap();
    assert_eq!(items.len(), q5.len(), "{p}");
    for (id, stored) in &q5 {
        let st = &items[id.as_str()];
        let expect_right = stored.starts_with("error[E0382]");
        assert_eq!(st["right"] == 2, expect_right, "{id}: {st} vs {stored:?}");
        assert_eq!(st["wrong"] == 2, !expect_right, "{id}: {st}");
    }
    assert!(q5.iter().any(|(_, s)| s.is_empty()), "Q5 has a pass case");
    assert!(q5.iter().any(|(_, s)| s.starts_with("error[E0382]")));
}

/// Q5's compiler items: (id, first line of the stored stderr, empty for a pass case), read from disk.
fn q5_cases() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (dir, suffix) in [("basics/tests/ui", ""), ("basics/tests/pass", "/fixed")] {
        for bin in ["ownership", "move_vs_clone"] {
            let Ok(rd) = std::fs::read_dir(root().join(dir).join(bin)) else {
                continue;
            };
            for f in rd
                .flatten()
                .map(|f| f.path())
                .filter(|p| p.extension().is_some_and(|x| x == "rs"))
            {
                let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
                let first = std::fs::read_to_string(f.with_extension("stderr"))
                    .map(|t| {
                        t.lines()
                            .find(|l| l.starts_with("error"))
                            .unwrap_or("")
                            .to_string()
                    })
                    .unwrap_or_default();
                out.push((format!("compiler:basics/{bin}/{stem}{suffix}"), first));
            }
        }
    }
    out
}

#[test]
fn end_of_input_mid_session_keeps_what_was_answered() {
    let e = Env::new("eof");
    let out = e.ok(
        &[
            "compiler", "--level", "basic", "--count", "5", "--seed", "9",
        ],
        "ok\nE0308\n",
    );
    assert!(out.contains("Session ended."), "{out}");
    assert!(out.contains("/2 right"), "{out}");
    assert_eq!(e.progress_json()["items"].as_object().unwrap().len(), 2);
    // `quit` ends a session the same way.
    let out = e.ok(
        &[
            "compiler", "--level", "basic", "--count", "5", "--seed", "10",
        ],
        "quit\n",
    );
    assert!(
        out.contains("Session ended.") && out.contains("0/0 right"),
        "{out}"
    );
}

#[test]
fn output_and_bug_drills() {
    let e = Env::new("output-bug");
    let out = e.ok(
        &["output", "--question", "5", "--count", "1", "--seed", "1"],
        "\nsomething else\n",
    );
    assert!(out.contains("An empty line is not an answer"), "{out}");
    assert!(out.contains("Not quite: it prints: "), "{out}");
    let answer = out
        .split("Not quite: it prints: ")
        .nth(1)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string();
    // The same item answered with the stored line (spacing ignored) is right.
    let out = e.ok(
        &["output", "--question", "5", "--count", "1", "--seed", "1"],
        &format!("  {answer}  \n"),
    );
    assert!(out.contains("Right."), "{out}");

    // Q4's kept version, read from its marker on disk: `/// Flaw: <kind>. Proof: `<command>``.
    let src = std::fs::read_to_string(root().join("basics/src/functions.rs")).unwrap();
    let lines: Vec<&str> = src.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("/// Flaw:"))
        .expect("Q4 has a Flaw: marker");
    let (kind, command) = interview::workspace::parse_flaw_line(&lines[at]["/// Flaw:".len()..]);
    let name = lines[at + 1..]
        .iter()
        .find_map(|l| l.strip_prefix("pub fn "))
        .and_then(|r| r.split('(').next())
        .unwrap();
    let test = command.rsplit("::").next().unwrap();
    let choice = interview::workspace::FLAW_KINDS
        .iter()
        .position(|k| *k == kind)
        .unwrap()
        + 1;
    let out = e.ok(
        &["bug", "--question", "4", "--seed", "1"],
        &format!("9\n{choice}\n"),
    );
    assert!(out.contains("\"9\" is not one of the choices"), "{out}");
    assert!(out.contains(&format!("The guide's `{name}`")), "{out}");
    assert!(out.contains("Right: it "), "{out}");
    assert!(out.contains(&format!("Proof: `{command}`")), "{out}");
    // The code shown has no comments explaining the flaw; the proving test is shown after the answer.
    let (code, after) = out.split_once("What goes wrong").unwrap();
    assert!(!code.contains("Flaw"), "{out}");
    assert!(after.contains(&format!("fn {test}()")), "{out}");
}

/// A scratch workspace: the real question index, plus a Q5 module in the one-page shape.
fn converted_scratch(e: &mut Env) {
    let r = e.dir.join("root");
    std::fs::create_dir_all(r.join("interview")).unwrap();
    std::fs::create_dir_all(r.join("basics/src/ownership")).unwrap();
    std::fs::copy(
        root().join("interview/questions.toml"),
        r.join("interview/questions.toml"),
    )
    .unwrap();
    std::fs::write(
        r.join("basics/src/ownership.rs"),
        "//! **Q5 · Ownership.** Every value has exactly one owner; assigning a `String` moves it.\n\
         //!\n\
         //! - One owner at a time: after `let s2 = s1;` the old name is unusable (E0382). Proof: `cargo test -p basics --test compile_fail`\n\
         //! - Drop runs when the owner's scope ends. Proof: `cargo run --bin ownership`\n\
         //! - Copy types are duplicated,\n\
         //!   not moved. Proof: `cargo test -p basics --lib ownership`\n\
         //!\n\
         //! # Run it\n\
         //! - not a key point\n\
         pub fn main() {}\n",
    )
    .unwrap();
    std::fs::write(
        r.join("basics/src/ownership/follow_up.rs"),
        "//! **Q5 follow-up · Move vs clone.** A move copies the header; `clone()` copies the buffer.\n\
         //!\n\
         //! - Clone when you need two owners. Proof: `cargo run --bin move_vs_clone`\n",
    )
    .unwrap();
    e.root = Some(r);
}

#[test]
fn mock_interview_shows_key_points_and_keeps_the_answers() {
    let mut e = Env::new("mock");
    converted_scratch(&mut e);
    let out = e.ok(
        &["mock", "--question", "5", "--minutes", "3"],
        "Every value has one owner; a move transfers it\nclone copies the heap data\nfour\n3\n",
    );
    assert!(out.contains("You have 3 minute(s) per answer."), "{out}");
    assert!(
        out.contains("Interviewer: Q5: Ownership: one owner, moves, drops."),
        "{out}"
    );
    assert!(
        out.contains("Interviewer (follow-up): What is the difference between move and clone?")
    );
    assert!(
        out.contains("Answer: Every value has exactly one owner; assigning a `String` moves it.")
    );
    assert!(out.contains("  - One owner at a time: after `let s2 = s1;` the old name is unusable (E0382).\n    proof: cargo test -p basics --test compile_fail"), "{out}");
    assert!(out.contains("  - Copy types are duplicated, not moved.\n    proof: cargo test -p basics --lib ownership"), "{out}");
    assert!(!out.contains("not a key point"), "{out}");
    assert!(out.contains("  - Clone when you need two owners."), "{out}");
    assert!(out.contains("\"four\" is not a grade"), "{out}");
    let p = e.progress_json();
    let m = &p["mock_answers"][0];
    assert_eq!(m["question"], 5);
    assert_eq!(
        m["answer"],
        "Every value has one owner; a move transfers it"
    );
    assert_eq!(m["follow_up_answer"], "clone copies the heap data");
    assert_eq!(m["self_grade"], 3);
    assert_eq!(m["date"], "2026-12-01");
    assert_eq!(p["items"]["mock:Q5"]["box"], 1);
    // The next mock of the question shows what was said last time, for comparison.
    let again = e.ok(&["mock", "--question", "5"], "a second try\nand again\n2\n");
    assert!(
        again.contains("What you said last time (2026-12-01, graded 3/3)"),
        "{again}"
    );
    assert!(
        again.contains("  Every value has one owner; a move transfers it"),
        "{again}"
    );
    assert_eq!(
        e.progress_json()["mock_answers"].as_array().unwrap().len(),
        2
    );
}

#[test]
fn mock_says_when_a_module_is_not_converted_yet() {
    let mut e = Env::new("mock-old");
    converted_scratch(&mut e);
    let r = e.root.clone().unwrap();
    std::fs::write(
        r.join("basics/src/ownership.rs"),
        "//! Q5 — Ownership, the old style.\n//! More.\npub fn main() {}\n",
    )
    .unwrap();
    let out = e.ok(&["mock", "--question", "5"], "a\nb\n1\n");
    assert!(
        out.contains("basics/src/ownership.rs is not in the one-page shape yet"),
        "{out}"
    );
    assert!(
        out.contains("  Q5 — Ownership, the old style. More."),
        "{out}"
    );
}

#[test]
fn review_serves_missed_items_first_and_respects_the_boxes() {
    let e = Env::new("review");
    assert!(e.ok(&["review"], "").contains("Nothing is due today."));
    let q5 = q5_cases();
    let n = q5.len();
    let passes = q5.iter().filter(|(_, s)| s.is_empty()).count();
    // Every Q5 item answered wrong (an impossible code): all are due today, in box 1.
    e.ok(
        &["compiler", "--question", "5", "--seed", "4"],
        &"E9999\n".repeat(n),
    );
    let out = e.ok(&["review"], "quit\n");
    assert!(
        out.contains(&format!("Review: {n} items due, weakest first.")),
        "{out}"
    );
    let p = e.progress_json();
    assert_eq!(
        p["items"]["compiler:basics/ownership/use_after_move"]["box"],
        1
    );
    // `ok` to all: right only for the pass cases, which move to box 2, due in 2 days.
    e.ok(
        &["compiler", "--question", "5", "--seed", "4"],
        &"ok\n".repeat(n),
    );
    let p = e.progress_json();
    let fixed = &p["items"]["compiler:basics/ownership/use_after_move/fixed"];
    assert_eq!(
        (
            fixed["box"].as_u64(),
            fixed["wrong"].as_u64(),
            fixed["right"].as_u64()
        ),
        (Some(2), Some(1), Some(1)),
        "{p}"
    );
    assert_eq!(
        fixed["due"].as_i64().unwrap() - fixed["last_day"].as_i64().unwrap(),
        2
    );
    let review_on = |day: &str| {
        let out = e
            .cmd(&["review"])
            .env("INTERVIEW_TODAY", day)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let next_day = review_on("2026-12-02");
    assert!(
        next_day.contains(&format!("Review: {} items due", n - passes)),
        "{next_day}"
    );
    assert!(
        !next_day.contains("assert_eq!(s1, s2)"),
        "the right one is not served:\n{next_day}"
    );
    assert!(review_on("2026-12-03").contains(&format!("Review: {n} items due")));

    let stats = e.ok(&["stats"], "");
    assert!(
        stats.contains(&format!("  5  basic          {n}/")),
        "{stats}"
    );
    assert!(
        e.ok(&[], "").contains(&format!("Progress: {n} of")),
        "menu shows progress"
    );
}

#[test]
fn reset_asks_first() {
    let e = Env::new("reset");
    e.ok(
        &["compiler", "--question", "5", "--count", "1", "--seed", "1"],
        "ok\n",
    );
    let out = e.ok(&["reset"], "no\n");
    assert!(out.contains("Nothing was changed."), "{out}");
    assert_eq!(e.progress_json()["items"].as_object().unwrap().len(), 1);
    let out = e.ok(&["reset"], "yes\n");
    assert!(out.contains("Progress reset"), "{out}");
    assert!(e.progress_json()["items"].as_object().unwrap().is_empty());
}

#[test]
fn a_damaged_or_newer_progress_file_is_never_overwritten() {
    let e = Env::new("corrupt");
    std::fs::create_dir_all(e.progress().parent().unwrap()).unwrap();
    for (content, says) in [
        (
            "{\"version\": 1, \"items\": [",
            "is damaged (not valid JSON",
        ),
        (
            "{\"items\": {}}",
            "is damaged (no format \"version\" field)",
        ),
        (
            "{\"version\": 1, \"items\": 3}",
            "is damaged (unexpected content",
        ),
        (
            "{\"version\": 99}",
            "was written by a newer interview tool (format version 99",
        ),
    ] {
        std::fs::write(e.progress(), content).unwrap();
        for args in [&["list"][..], &["compiler", "--count", "1"][..]] {
            let (_, err) = e.fails(args, "ok\n");
            assert!(err.contains(&e.progress().display().to_string()), "{err}");
            assert!(err.contains(says), "{err}");
            assert!(err.contains("It was left as it is."), "{err}");
            assert_eq!(std::fs::read_to_string(e.progress()).unwrap(), content);
        }
    }
    // `reset` is the way out: it keeps the damaged file aside.
    std::fs::write(e.progress(), "garbage").unwrap();
    let out = e.ok(&["reset", "--yes"], "");
    assert!(out.contains("progress.json.damaged"), "{out}");
    assert_eq!(
        std::fs::read_to_string(e.progress().with_extension("json.damaged")).unwrap(),
        "garbage"
    );
    assert_eq!(e.progress_json()["version"], 1);
}

#[test]
fn an_unwritable_or_unreadable_progress_location_is_reported() {
    let e = Env::new("unwritable");
    // The data "directory" is a file: no one (not even root) can create the progress file in it.
    std::fs::write(e.dir.join("data"), "a file").unwrap();
    let (out, err) = e.fails(&["compiler", "--count", "1"], "ok\n");
    assert!(err.contains("cannot save progress to"), "{err}");
    assert!(
        err.contains("point INTERVIEW_PROGRESS=<file> at a writable place"),
        "{err}"
    );
    assert!(
        !out.contains("Predict the compiler ·"),
        "asked before knowing it can save:\n{out}"
    );
    // A progress "file" that is a folder cannot be read.
    std::fs::remove_file(e.dir.join("data")).unwrap();
    std::fs::create_dir_all(e.progress()).unwrap();
    let (_, err) = e.fails(&["list"], "");
    assert!(err.contains("cannot read the progress file"), "{err}");
}

#[test]
fn fix_check_hint_and_a_deleted_exercise() {
    let e = Env::new("fix");
    let out = e.ok(&["fix", "ownership/use_after_move"], "");
    let file = e.exercises().join("use_after_move.rs");
    assert!(out.contains(&format!("Wrote {}.", file.display())), "{out}");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("let s2 = s1;") && !text.contains("// E0382"),
        "{text}"
    );

    let (out, err) = e.fails(&["check"], "");
    assert!(out.contains("error[E0382]"), "rustc's real message:\n{out}");
    assert!(err.contains("not solved yet"), "{err}");

    let h1 = e.ok(&["hint"], "");
    assert!(
        h1.contains("Hint 1 of 3: rustc's message") && h1.contains("error[E0382]"),
        "{h1}"
    );
    let h2 = e.ok(&["hint"], "");
    assert!(
        h2.contains("Hint 2 of 3: the explanation, in basics/src/ownership.rs"),
        "{h2}"
    );
    let h3 = e.ok(&["hint"], "");
    assert!(
        h3.contains("Hint 3 of 3: the right half") && h3.contains("s1.clone()"),
        "{h3}"
    );

    // `fix` again keeps the edits unless --reset.
    std::fs::write(&file, text.replace("let s2 = s1;", "let s2 = s1.clone();")).unwrap();
    assert!(
        e.ok(&["fix", "use_after_move"], "")
            .contains("your edits are kept")
    );
    let out = e.ok(&["check"], "");
    assert!(out.contains("It compiles. Solved!"), "{out}");
    assert!(
        out.contains("basics/tests/pass/ownership/use_after_move.rs"),
        "{out}"
    );
    assert_eq!(
        e.progress_json()["items"]["fix:compiler:basics/ownership/use_after_move"]["right"],
        1
    );

    std::fs::remove_file(&file).unwrap();
    let (_, err) = e.fails(&["check"], "");
    assert!(
        err.contains("cannot be read")
            && err.contains("`interview fix use_after_move --reset` makes a fresh copy"),
        "{err}"
    );
    let out = e.ok(&["watch", "--once"], "");
    assert!(out.contains("it was deleted or moved"), "{out}");
}

#[test]
fn a_failing_assertion_is_not_solved() {
    let e = Env::new("fix-assert");
    e.ok(&["fix", "index_with_u64"], "");
    let file = e.exercises().join("index_with_u64.rs");
    // Compiles, but the program's own check fails: not solved.
    std::fs::write(
        &file,
        "fn main() { let i: u64 = 2; assert_eq!(i as usize, 3); }\n",
    )
    .unwrap();
    let (out, _) = e.fails(&["check"], "");
    assert!(out.contains("It compiles, but running it fails"), "{out}");
    std::fs::write(
        &file,
        "fn main() { let i: u64 = 2; assert_eq!(i as usize, 2); }\n",
    )
    .unwrap();
    assert!(e.ok(&["check"], "").contains("Solved!"));
}

#[test]
fn watch_rechecks_on_save_and_stops_at_end_of_input() {
    let e = Env::new("watch");
    e.ok(&["fix", "assign_twice_to_immutable"], "");
    let file = e.exercises().join("assign_twice_to_immutable.rs");
    let mut child = e
        .cmd(&["watch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                return;
            }
        }
    });
    let mut seen = Vec::new();
    let wait_for = |what: &str, seen: &mut Vec<String>| {
        let limit = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while !seen.iter().any(|l| l.contains(what)) {
            let left = limit.saturating_duration_since(std::time::Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => seen.push(line),
                Err(_) => panic!("no {what:?} from watch:\n{}", seen.join("\n")),
            }
        }
    };
    // The first check fails; then a save with the fix is noticed and checked again.
    wait_for("Not yet.", &mut seen);
    std::fs::write(
        &file,
        "fn main() {\n    let mut name = \"Alice\";\n    println!(\"{name}\");\n    name = \"Bob\";\n    println!(\"{name}\");\n}\n",
    )
    .unwrap();
    wait_for("Solved!", &mut seen);
    let status = child.wait().unwrap();
    let seen = seen.join("\n");
    assert!(status.success(), "{seen}");
    assert!(seen.contains("changed: checking"), "{seen}");
    drop(child.stdin.take());

    // End of input stops a watch that is still waiting.
    e.ok(&["fix", "negative_unsigned"], "");
    let out = e.ok(&["watch"], "");
    assert!(out.contains("Stopped watching."), "{out}");
}

#[test]
fn an_exercise_that_uses_its_crate_is_compiled_against_it() {
    // `use basics::ownership::...`: checked against the rlib `cargo build -p basics --lib` makes.
    let e = Env::new("fix-crate");
    e.ok(&["fix", "use_after_move_into_fn"], "");
    let file = e.exercises().join("use_after_move_into_fn.rs");
    let (out, _) = e.fails(&["check"], "");
    assert!(
        out.contains("Building basics so the exercise can use basics"),
        "{out}"
    );
    assert!(
        out.contains("error[E0382]: borrow of moved value: `greeting`"),
        "{out}"
    );
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace(
            "consume_string(greeting);",
            "consume_string(greeting.clone());",
        ),
    )
    .unwrap();
    assert!(e.ok(&["check"], "").contains("Solved!"));
}
