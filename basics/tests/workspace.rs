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
            format!("`--bin {}`, `--bin {}`", q.bin, q.follow_up_bin),
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

/// Every file below `dir` whose extension is `ext` (a missing folder adds nothing).
fn files_with_extension(dir: &Path, ext: &str, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_with_extension(&path, ext, found);
        } else if path.extension().is_some_and(|e| e == ext) {
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
            files_with_extension(&folder.join("tests/ui"), "stderr", &mut files);
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

/// The `//!` lines a module file opens with, without the `//!` marker.
fn module_doc(path: &Path) -> Vec<String> {
    read(path)
        .lines()
        .map(str::trim_start)
        .take_while(|l| l.starts_with("//!"))
        .map(|l| l[3..].strip_prefix(' ').unwrap_or(&l[3..]).to_string())
        .collect()
}

/// Checks one question page against CONTRIBUTING.md's "One page per answer"; returns what is wrong.
fn page_problems(path: &Path, label: &str, needs_follow_up: bool) -> Vec<String> {
    let doc = module_doc(path);
    let mut problems = Vec::new();
    if !doc.first().is_some_and(|l| l.starts_with(label)) {
        problems.push(format!("does not open with `{label}`"));
    }
    let heading = |h: &str| doc.iter().position(|l| l == h);
    let order = [
        "# Run it",
        "# Differences from the guide",
        "# More to explore",
    ];
    let mut positions: Vec<usize> = Vec::new();
    for h in order {
        match heading(h) {
            Some(i) => positions.push(i),
            None => problems.push(format!("has no `{h}` heading")),
        }
    }
    if !positions.windows(2).all(|w| w[0] < w[1]) {
        problems.push(format!("headings out of order (want {order:?})"));
    }
    if needs_follow_up
        && !heading("# More to explore")
            .is_some_and(|m| heading("# Follow-up").is_some_and(|f| f > m))
    {
        problems.push("has no `# Follow-up` after `# More to explore`".into());
    }
    // Key points: the first bullet list, before the first heading; a bullet may wrap onto indented lines.
    let first_heading = doc
        .iter()
        .position(|l| l.starts_with("# "))
        .unwrap_or(doc.len());
    let mut points: Vec<String> = Vec::new();
    for line in &doc[..first_heading] {
        if let Some(rest) = line.strip_prefix("- ") {
            points.push(rest.to_string());
        } else if line.starts_with("  ") && !points.is_empty() {
            let last = points.last_mut().unwrap();
            last.push(' ');
            last.push_str(line.trim());
        }
    }
    if !(3..=5).contains(&points.len()) {
        problems.push(format!("has {} key points, not 3 to 5", points.len()));
    }
    for p in &points {
        let proof = p.rsplit_once("Proof: `").map(|(_, c)| c);
        if !proof.is_some_and(|c| {
            c.ends_with('`')
                && ["cargo ", "bash ", "python3 "]
                    .iter()
                    .any(|s| c.starts_with(s))
        }) {
            problems.push(format!(
                "key point without a final Proof: `<cargo, bash or python3 command>`: {p}"
            ));
        }
    }
    let top = doc
        .iter()
        .position(|l| l == "# More to explore")
        .unwrap_or(doc.len());
    let words: usize = doc[..top]
        .iter()
        .map(|l| l.split_whitespace().count())
        .sum();
    if words > 250 {
        problems.push(format!(
            "{words} words above `# More to explore` (at most 250)"
        ));
    }
    problems
}

#[test]
fn every_question_page_has_the_house_shape() {
    let root = support::workspace_root();
    let mut problems = Vec::new();
    for q in questions() {
        let main = root.join(format!("{}/src/{}.rs", q.krate, q.bin));
        let follow = root.join(format!("{}/src/{}/follow_up.rs", q.krate, q.bin));
        for (path, label, needs_follow_up) in [
            (main, format!("**Q{} · ", q.n), true),
            (follow, format!("**Q{} follow-up · ", q.n), false),
        ] {
            if !path.is_file() {
                problems.push(format!("{}: missing", path.display()));
                continue;
            }
            for p in page_problems(&path, &label, needs_follow_up) {
                problems.push(format!(
                    "{}: {p}",
                    path.strip_prefix(&root).unwrap().display()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} pages off the house shape:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_page_check_rejects_a_page_off_the_shape() {
    let dir = support::scratch_dir("page-shape");
    let good = "//! **Q1 · X.** The answer.\n//!\n//! - a. Proof: `cargo run --bin a`\n//! - b, wrapped\n//!   here. Proof: `cargo test -p x`\n//! - c. Proof: `cargo test -p y`\n//!\n//! # Run it\n//! r\n//!\n//! # Differences from the guide\n//! None.\n//!\n//! # More to explore\n//! m\n//!\n//! # Follow-up\n//! f\n";
    std::fs::write(dir.join("good.rs"), good).unwrap();
    assert_eq!(
        page_problems(&dir.join("good.rs"), "**Q1 · ", true),
        Vec::<String>::new()
    );
    let bad = good
        .replace("//! - c. Proof: `cargo test -p y`\n", "")
        .replace("# Run it", "# Run");
    std::fs::write(dir.join("bad.rs"), bad).unwrap();
    let problems = page_problems(&dir.join("bad.rs"), "**Q1 · ", true);
    assert!(
        problems.iter().any(|p| p.contains("2 key points")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("`# Run it`")),
        "{problems:?}"
    );
}

/// A timing figure: a number followed by a time unit (ns, us, µs, μs, ms).
fn timing_figures(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let starts_number = c.is_ascii_digit()
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || ".,".contains(chars[i - 1])));
        if !starts_number {
            continue;
        }
        let mut j = i;
        while j < chars.len() && (chars[j].is_ascii_digit() || ",.".contains(chars[j])) {
            j += 1;
        }
        let number: String = chars[i..j].iter().collect();
        let rest: String = chars[j..].iter().collect();
        let rest = rest.strip_prefix(' ').unwrap_or(&rest);
        for unit in ["ns", "us", "µs", "μs", "ms"] {
            if rest.starts_with(unit)
                && !rest[unit.len()..].starts_with(|c: char| c.is_alphanumeric())
            {
                found.push(format!("{number} {unit}"));
            }
        }
    }
    found
}

#[test]
fn no_timing_figure_in_a_source_doc() {
    let root = support::workspace_root();
    let mut files = Vec::new();
    for member in MEMBERS.iter().chain(&["advanced/derive", "interview"]) {
        files_with_extension(&root.join(member).join("src"), "rs", &mut files);
    }
    assert!(files.len() > 80, "found only {} source files", files.len());
    let mut found = Vec::new();
    for file in files {
        for (i, line) in read(&file).lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with("//!") || line.starts_with("///") {
                for t in timing_figures(line) {
                    found.push(format!(
                        "{}:{}: {t}",
                        file.strip_prefix(&root).unwrap().display(),
                        i + 1
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "timings live in performance/CLAIMS.md only; cite its row instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_timing_check_finds_figures_and_only_figures() {
    assert_eq!(
        timing_figures("/// about 1.13 ns, or 250ms, 3 µs"),
        ["1.13 ns", "250 ms", "3 µs"]
    );
    assert!(timing_figures("/// 16 bytes, a u32, items, 5x, 0x10 msg").is_empty());
}

#[test]
fn every_page_includes_its_stored_outputs_and_compiler_messages() {
    // The generated block (`python3 .ci/stored.py pages`) includes them by path; this checks that no
    // stored file of a question is missing from its page.
    let root = support::workspace_root();
    let mut missing = Vec::new();
    for q in questions() {
        for (module, bin) in [
            (format!("{}/src/{}.rs", q.krate, q.bin), &q.bin),
            (
                format!("{}/src/{}/follow_up.rs", q.krate, q.bin),
                &q.follow_up_bin,
            ),
        ] {
            let Ok(text) = std::fs::read_to_string(root.join(&module)) else {
                missing.push(format!("{module}: missing"));
                continue;
            };
            let krate = root.join(&q.krate);
            let mut stored = Vec::new();
            let ui = krate.join("tests/ui").join(bin);
            for entry in std::fs::read_dir(&ui).into_iter().flatten().flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                stored.push(format!("tests/ui/{bin}/{name}"));
            }
            for entry in std::fs::read_dir(krate.join("tests/cmd"))
                .into_iter()
                .flatten()
                .flatten()
            {
                let name = entry.file_name().to_string_lossy().into_owned();
                let case = std::fs::read_to_string(entry.path()).unwrap_or_default();
                if name.ends_with(".toml") && case.contains(&format!("bin.name = \"{bin}\"")) {
                    for ext in [".stdout", ".stderr"] {
                        let file = name.replace(".toml", ext);
                        if krate.join("tests/cmd").join(&file).is_file() {
                            stored.push(format!("tests/cmd/{file}"));
                        }
                    }
                }
            }
            for file in stored {
                if !text.contains(&format!("{file}\")")) {
                    missing.push(format!("{module} does not include {file}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "run `python3 .ci/stored.py pages`:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_workspace_dependency_is_used_by_a_member() {
    let root_manifest = parse_tables(&read("Cargo.toml"));
    let deps = root_manifest
        .iter()
        .find(|t| t.name == "workspace.dependencies")
        .expect("[workspace.dependencies]");
    let members: String = MEMBERS
        .iter()
        .chain(&["advanced/derive", "interview"])
        .filter_map(|m| {
            std::fs::read_to_string(support::workspace_root().join(m).join("Cargo.toml")).ok()
        })
        .collect();
    let unused: Vec<&str> = deps
        .entries
        .iter()
        .map(|e| e.key.as_str())
        .filter(|d| {
            !members.contains(&format!("{d}.workspace = true"))
                && !members.contains(&format!("{d} = {{ workspace = true"))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "[workspace.dependencies] that no member uses: {unused:?}"
    );
}
