//! The item bank is built from the proven files, and stays linked to them: every stored compile-fail case
//! and every question is in it, every `Flaw:` marker names a proof that exists, every pass case builds
//! and runs, and a changed stored error code changes the grading.
use interview::workspace::{self, Verdict, Workspace};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    workspace::default_root()
}

fn bank() -> Workspace {
    Workspace::load(&root()).expect("the bank loads")
}

fn files_under(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut all = Vec::new();
    workspace::collect_rs(dir, &mut all);
    if ext == "rs" {
        return all;
    }
    let mut out = Vec::new();
    for d in all.iter().filter_map(|p| p.parent()) {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == ext) {
                out.push(e.path());
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn every_stored_compile_fail_case_is_an_item() {
    let ws = bank();
    let mut stored = Vec::new();
    for krate in workspace::CRATES {
        for ui in ["ui", "ui_build"] {
            stored.extend(files_under(
                &root().join(krate).join("tests").join(ui),
                "stderr",
            ));
        }
    }
    assert!(
        stored.len() >= 118,
        "found only {} stored .stderr files",
        stored.len()
    );
    let fails: Vec<_> = ws.cases.iter().filter(|c| !c.is_pass()).collect();
    assert_eq!(fails.len(), stored.len());
    for s in &stored {
        let rel = s
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .replace(".stderr", ".rs");
        let case = fails
            .iter()
            .find(|c| c.path == rel)
            .unwrap_or_else(|| panic!("{rel} is not in the bank"));
        // Graded on rustc's code and line, read from the stored message.
        let first = case
            .message
            .lines()
            .find(|l| l.starts_with("error"))
            .unwrap();
        match &case.verdict {
            Verdict::Fails {
                code: Some(code),
                line,
            } => {
                assert!(
                    first.starts_with(&format!("error[{code}]")),
                    "{rel}: {first}"
                );
                assert!(line.is_some(), "{rel}: no primary line found");
                // The line the candidate sees (comments stripped) is a real line of the shown program.
                let shown = case
                    .stripped()
                    .line(line.unwrap())
                    .expect("the error line is kept");
                assert!(shown as usize <= case.stripped().text.lines().count());
            }
            Verdict::Fails { code: None, .. } => {
                assert!(first.starts_with("error:"), "{rel}: {first}")
            }
            Verdict::Compiles => panic!("{rel} is a fail case"),
        }
        assert!(case.question.is_some(), "{rel} belongs to no question");
    }
}

#[test]
fn every_question_has_items_and_a_module() {
    let ws = bank();
    assert_eq!(ws.questions.len(), 40);
    for (i, q) in ws.questions.iter().enumerate() {
        assert_eq!(q.n as usize, i + 1);
        assert!(
            root().join(q.module_path()).exists(),
            "Q{}: no {}",
            q.n,
            q.module_path()
        );
        assert!(
            ws.bin_source(&q.follow_up_bin).is_some(),
            "Q{}: no follow-up module",
            q.n
        );
        let ids = interview::nav::item_ids(&ws, q.n);
        assert!(!ids.is_empty());
    }
    // Most questions have something to predict beyond the mock interview.
    let with_drills = ws
        .questions
        .iter()
        .filter(|q| interview::nav::item_ids(&ws, q.n).len() > 1)
        .count();
    assert!(
        with_drills >= 35,
        "only {with_drills} questions have drills"
    );
    assert!(
        ws.outputs.len() > 100,
        "only {} output items",
        ws.outputs.len()
    );
    for o in &ws.outputs {
        assert!(!o.answer.contains("[..]") && !o.answer.contains("..."));
        let stored = std::fs::read_to_string(root().join(&o.stdout_path)).unwrap();
        assert_eq!(stored.lines().nth(o.line_no - 1), Some(o.answer.as_str()));
    }
}

#[test]
fn every_flaw_marker_names_a_proof_that_exists() {
    let ws = bank();
    let marked: Vec<_> = ws
        .bugs
        .iter()
        .filter(|b| b.proof_source.is_some() || b.kind != "does-not-compile")
        .collect();
    assert!(marked.len() >= 9, "only {} Flaw: markers", marked.len());
    for b in &ws.bugs {
        assert!(
            workspace::FLAW_KINDS.contains(&b.kind.as_str()),
            "{}: unknown kind {:?}",
            b.location,
            b.kind
        );
        let words: Vec<&str> = b.proof_command.split_whitespace().collect();
        assert_eq!(
            &words[..2],
            ["cargo", "test"],
            "{}: {}",
            b.location,
            b.proof_command
        );
        let p = words.iter().position(|w| *w == "-p").map(|k| words[k + 1]);
        assert_eq!(
            p,
            Some(b.krate.as_str()),
            "{}: the proof must test its own crate",
            b.location
        );
        match workspace::proof_test_name(&b.proof_command) {
            Some(test) => {
                let (file, src) = workspace::find_fn(&root(), &b.krate, &test)
                    .unwrap_or_else(|| panic!("{}: no test fn {test} in {}", b.location, b.krate));
                assert!(src.contains("#[test]"), "{file}: {test} is not a test");
            }
            None => {
                let harness = words
                    .iter()
                    .position(|w| *w == "--test")
                    .map(|k| words[k + 1])
                    .unwrap();
                assert!(
                    root()
                        .join(&b.krate)
                        .join("tests")
                        .join(format!("{harness}.rs"))
                        .exists()
                );
            }
        }
        assert!(!b.code.trim().is_empty());
    }
}

#[test]
fn every_kept_guide_version_has_a_marker() {
    // Items named like the guide's kept versions must carry a `Flaw:` line, so the bank misses none.
    let ws = bank();
    for krate in workspace::CRATES {
        for f in files_under(&root().join(krate).join("src"), "rs") {
            let src = std::fs::read_to_string(&f).unwrap();
            let lines: Vec<&str> = src.lines().collect();
            for (k, line) in lines.iter().enumerate() {
                let attrs = workspace::attribute_start(&lines, k);
                if lines[attrs..k].iter().any(|l| l.contains("#[test]")) {
                    continue; // a test, not a kept version
                }
                let t = line.trim_start();
                let t = t.strip_prefix("pub ").unwrap_or(t);
                let name = ["fn ", "struct ", "enum "]
                    .iter()
                    .find_map(|k| t.strip_prefix(k))
                    .map(|r| {
                        r.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                            .next()
                            .unwrap_or("")
                    });
                let Some(name) = name else { continue };
                let kept = name.starts_with("guide_")
                    || name.starts_with("Guide")
                    || (name.ends_with("_guide") && !name.contains("_the_guide"))
                    || name.contains("as_in_the_guide")
                    || name.ends_with("_naive");
                if kept {
                    assert!(
                        ws.bugs.iter().any(|b| b.name == name),
                        "{}: `{name}` looks like a kept guide version but has no `/// Flaw:` line",
                        f.display()
                    );
                }
            }
        }
    }
}

#[test]
fn every_pass_case_has_its_failing_twin_and_a_proof() {
    // The "it compiles" items. Each crate's `tests/compile_fail.rs` builds and runs them with the pinned
    // rustc (`pass_cases` in basics/tests/support/mod.rs); here: each is the right half of a failing case.
    let ws = bank();
    let passes: Vec<_> = ws.cases.iter().filter(|c| c.is_pass()).collect();
    assert!(passes.len() >= 30, "only {} pass cases", passes.len());
    for p in &passes {
        assert!(
            ws.cases
                .iter()
                .any(|c| c.pass_path.as_deref() == Some(p.path.as_str())),
            "{}: no compile-fail case with the same bin and name",
            p.path
        );
        assert!(
            p.source.contains("assert"),
            "{}: a pass case ends in an assertion",
            p.path
        );
        let harness = root().join(&p.krate).join("tests/compile_fail.rs");
        let text = std::fs::read_to_string(&harness).unwrap();
        assert!(
            text.contains("compile_fail_cases"),
            "{}: does not run the pass cases",
            harness.display()
        );
    }
    let levels: std::collections::BTreeSet<_> = passes
        .iter()
        .filter_map(|p| p.question.and_then(|n| ws.question(n)))
        .map(|q| q.level.clone())
        .collect();
    assert!(levels.len() >= 4, "pass cases only in {levels:?}");
}

/// A scratch workspace with the question index and Q5's two compile-fail cases.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    for rel in [
        "interview/questions.toml",
        "basics/tests/ui/ownership/use_after_move.rs",
        "basics/tests/ui/ownership/use_after_move.stderr",
        "basics/src/ownership.rs",
    ] {
        let to = dir.join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(root().join(rel), to).unwrap();
    }
    dir
}

fn answer_e0382(scratch_root: &Path) -> String {
    let tmp = scratch_root.join("progress.json");
    let out = Command::new(env!("CARGO_BIN_EXE_interview"))
        .args(["compiler", "--question", "5", "--seed", "1"])
        .env("INTERVIEW_ROOT", scratch_root)
        .env("INTERVIEW_PROGRESS", &tmp)
        .env("INTERVIEW_TODAY", "2026-12-01")
        .env("NO_COLOR", "1")
        .stdin(std::fs::File::open(write(scratch_root, "answers.txt", "E0382\n")).unwrap())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn changing_a_stored_error_code_changes_the_grading() {
    let dir = scratch("scratch-code-change");
    let before = answer_e0382(&dir);
    assert!(before.contains("Right: E0382 at line 4."), "{before}");
    // Someone re-blesses the case with a different error: the tool follows the stored proof.
    let stderr = dir.join("basics/tests/ui/ownership/use_after_move.stderr");
    let text = std::fs::read_to_string(&stderr)
        .unwrap()
        .replace("error[E0382]", "error[E0505]");
    std::fs::write(&stderr, text).unwrap();
    let after = answer_e0382(&dir);
    assert!(
        after.contains("Not quite: rustc says E0505 at line 4."),
        "{after}"
    );
}
