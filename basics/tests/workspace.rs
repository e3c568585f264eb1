//! The workspace-wide checks, in one file: the README index against the question index
//! (`interview/questions.toml`), every binary's stored output and manifest entry, the stored compiler
//! messages' independence from the clone path, and the README's size.
#[path = "support/mod.rs"]
mod support;

use basics::manifest::parse_tables;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The members that hold questions (the level crates, `ffi`, `embedded`).
const MEMBERS: [&str; 7] = [
    "basics",
    "intermediate",
    "advanced",
    "experienced",
    "performance",
    "ffi",
    "embedded",
];

fn read(path: impl AsRef<Path>) -> String {
    let path = support::workspace_root().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One question of `interview/questions.toml`.
struct Question {
    n: u32,
    krate: String,
    bin: String,
    follow_up_bin: String,
}

fn questions() -> Vec<Question> {
    let index: toml::Table = toml::from_str(&read("interview/questions.toml")).expect("valid TOML");
    let list = index["question"].as_array().expect("[[question]] tables");
    let text = |q: &toml::Value, key: &str| q[key].as_str().expect(key).to_string();
    let questions: Vec<Question> = list
        .iter()
        .map(|q| Question {
            n: q["n"].as_integer().expect("n") as u32,
            krate: text(q, "crate"),
            bin: text(q, "bin"),
            follow_up_bin: text(q, "follow_up_bin"),
        })
        .collect();
    assert_eq!(questions.len(), 40, "the guide has 40 questions");
    questions
}

/// (member, binary) for every `src/bin/*.rs` of every member that holds questions.
fn bins_by_member() -> BTreeSet<(&'static str, String)> {
    let mut bins = BTreeSet::new();
    for member in MEMBERS {
        let dir = support::workspace_root().join(member).join("src/bin");
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "rs") {
                bins.insert((
                    member,
                    path.file_stem().unwrap().to_string_lossy().into_owned(),
                ));
            }
        }
    }
    bins
}

#[test]
fn the_readme_index_has_a_row_for_every_question() {
    let readme = read("README.md");
    for q in questions() {
        let source = format!("{}/src/{}.rs", q.krate, q.bin);
        let row = format!("| {} | [", q.n);
        let line = readme
            .lines()
            .find(|l| l.starts_with(&row))
            .unwrap_or_else(|| panic!("README index has no row for Q{}", q.n));
        for needed in [
            format!("]({source})"),
            format!("`{}`, `{}`", q.bin, q.follow_up_bin),
            format!("`cargo test -p {} --lib {}`", q.krate, q.bin),
        ] {
            assert!(
                line.contains(&needed),
                "Q{} row lacks {needed}: {line}",
                q.n
            );
        }
        assert!(
            support::workspace_root().join(&source).is_file(),
            "{source} is missing"
        );
    }
}

#[test]
fn every_binary_is_a_question_binary_and_every_question_has_both() {
    let in_index: BTreeSet<(String, String)> = questions()
        .into_iter()
        .flat_map(|q| [(q.krate.clone(), q.bin), (q.krate, q.follow_up_bin)])
        .collect();
    let in_workspace: BTreeSet<(String, String)> = bins_by_member()
        .into_iter()
        .map(|(m, b)| (m.to_string(), b))
        .collect();
    assert_eq!(
        in_workspace, in_index,
        "src/bin files vs interview/questions.toml"
    );
}

#[test]
fn every_binary_has_a_stored_output() {
    for (member, bin) in bins_by_member() {
        for ext in ["toml", "stdout"] {
            let case = support::workspace_root()
                .join(member)
                .join(format!("tests/cmd/{bin}.{ext}"));
            assert!(case.is_file(), "binary `{bin}` has no {}", case.display());
        }
    }
}

#[test]
fn every_binary_has_no_test_harness_and_no_docs_page() {
    for member in MEMBERS {
        let tables = parse_tables(&read(format!("{member}/Cargo.toml")));
        let declared: BTreeSet<String> = tables
            .iter()
            .filter(|t| t.name == "bin")
            .filter(|t| t.get("test") == Some("false") && t.get("doc") == Some("false"))
            .filter_map(|t| t.get("name").map(|n| n.trim_matches('"').to_string()))
            .collect();
        for (m, bin) in bins_by_member() {
            if m == member {
                assert!(
                    declared.contains(&bin),
                    "{member}/Cargo.toml: binary `{bin}` needs a [[bin]] entry with test = false, doc = false"
                );
            }
        }
    }
}

#[test]
fn the_readme_is_a_front_door() {
    let readme = read("README.md");
    assert!(
        readme.len() <= 10 * 1024,
        "README.md is {} bytes, over 10 KB",
        readme.len()
    );
    assert!(readme.contains("cargo run --bin ownership"));
    assert!(readme.contains("cargo test --workspace"));
    for linked in [
        "ERRATA.md",
        "CONTRIBUTING.md",
        "VERSION-NOTES.md",
        "performance/CLAIMS.md",
    ] {
        assert!(
            readme.contains(&format!("]({linked})")),
            "README links {linked}"
        );
        assert!(
            support::workspace_root().join(linked).is_file(),
            "{linked} exists"
        );
    }
}

/// Whether `line` of a stored `.stderr` is a source-snippet label whose length depends on the clone path:
/// a label (`  |   ^^^^ ...` under a code line) that says a trait is not implemented for a type whose name
/// holds a path.
fn is_path_dependent_label(line: &str) -> bool {
    let Some((gutter, label)) = line.split_once('|') else {
        return false;
    };
    gutter.trim().chars().all(|c| c.is_ascii_digit())
        && label.contains('^')
        && label.contains("is not implemented for `")
        && label.contains("$DIR")
}

fn stderr_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("a readable directory entry").path();
        if path.is_dir() {
            stderr_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "stderr") {
            found.push(path);
        }
    }
}

#[test]
fn the_check_recognises_a_path_dependent_label() {
    let bad = "  |                  -------- ^^^^^^^^ the trait `Unpin` is not implemented for \
               `{async block@$DIR/tests/ui/pin_constructors/pin_new_requires_unpin.rs:6:19: 6:24}`";
    assert!(is_path_dependent_label(bad));
    // The same fact as a help line is laid out the same way whatever the path length.
    let help = "  = help: the trait `Unpin` is not implemented for `{async block@$DIR/tests/ui/x.rs:6:19: 6:24}`";
    assert!(!is_path_dependent_label(help));
    // A label about a type without a path in its name.
    let named =
        "13 |  ^^^^^^^^ the trait `Unpin` is not implemented for `{async fn body of one()}`";
    assert!(!is_path_dependent_label(named));
}

#[test]
fn no_stored_compiler_message_depends_on_the_clone_path() {
    let root = support::workspace_root();
    // Every member folder's `tests/ui` (a folder without one adds nothing).
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&root).expect("the workspace root is readable") {
        let folder = entry.expect("a readable directory entry").path();
        if folder.file_name().is_some_and(|name| name != "target") {
            stderr_files(&folder.join("tests/ui"), &mut files);
        }
    }
    assert!(
        files.len() > 100,
        "expected the workspace's compile-fail cases, found {} .stderr files",
        files.len()
    );
    let offending: Vec<String> = files
        .iter()
        .flat_map(|file| {
            let text = std::fs::read_to_string(file).expect("a readable .stderr file");
            text.lines()
                .filter(|line| is_path_dependent_label(line))
                .map(|line| format!("{}: {}", file.display(), line.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        offending.is_empty(),
        "these labels name a closure or async block, whose name holds the clone path; rustc moves such a \
         label to a help line when the path is long, so the case would fail in a longer clone path. Make \
         the error about a type with a path-free name:\n{}",
        offending.join("\n")
    );
}
