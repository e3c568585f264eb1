//! Keeps the README's index honest: every `cargo run --bin NAME` it shows must be a binary of this
//! workspace, every question binary of the workspace must be in the index, and every source file an
//! index row links must exist. It also checks that every binary has a stored expected output (trycmd
//! silently skips a stream that has no stored file, which would make a case pass without checking).
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const MEMBERS: [&str; 7] = [
    "basics",
    "intermediate",
    "advanced",
    "experienced",
    "performance",
    "ffi",
    "embedded",
];

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("basics lives inside the workspace")
        .to_path_buf()
}

fn readme() -> String {
    std::fs::read_to_string(workspace_root().join("README.md")).expect("README.md is readable")
}

/// Binary names mentioned as `--bin NAME` anywhere in the README.
fn bins_in_readme(text: &str) -> BTreeSet<String> {
    text.split("--bin ")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect::<String>()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// Binaries (`src/bin/*.rs`) of every member crate.
fn bins_in_workspace() -> BTreeSet<String> {
    bins_by_member().into_iter().map(|(_, bin)| bin).collect()
}

/// (member, binary) for every binary of every member crate.
fn bins_by_member() -> BTreeSet<(&'static str, String)> {
    let mut bins = BTreeSet::new();
    for member in MEMBERS {
        let dir = workspace_root().join(member).join("src/bin");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("readable entry").path();
            if path.extension().is_some_and(|e| e == "rs") {
                bins.insert((
                    member,
                    path.file_stem().unwrap().to_string_lossy().into_owned(),
                ));
            } else if path.join("main.rs").is_file() {
                bins.insert((
                    member,
                    path.file_name().unwrap().to_string_lossy().into_owned(),
                ));
            }
        }
    }
    bins
}

#[test]
fn every_binary_named_in_the_readme_exists() {
    let missing: Vec<_> = bins_in_readme(&readme())
        .difference(&bins_in_workspace())
        .cloned()
        .collect();
    assert!(
        missing.is_empty(),
        "README names binaries that do not exist: {missing:?}"
    );
}

#[test]
fn every_binary_of_the_workspace_is_in_the_readme() {
    let missing: Vec<_> = bins_in_workspace()
        .difference(&bins_in_readme(&readme()))
        .cloned()
        .collect();
    assert!(
        missing.is_empty(),
        "binaries missing from the README index: {missing:?}"
    );
}

#[test]
fn every_index_row_links_an_existing_source_file() {
    let text = readme();
    let mut rows = 0;
    for line in text
        .lines()
        .filter(|l| l.starts_with('|') && l.contains("--bin "))
    {
        let link = line
            .rsplit("](")
            .next()
            .and_then(|rest| rest.split(')').next())
            .unwrap_or_else(|| panic!("index row without a source link: {line}"));
        assert!(
            workspace_root().join(link).is_file(),
            "index row links a missing file {link}: {line}"
        );
        rows += 1;
    }
    assert!(rows > 0, "the README index has no rows");
}

#[test]
fn the_two_newcomer_commands_are_in_the_readme() {
    let text = readme();
    assert!(text.contains("cargo run --bin ownership"));
    assert!(text.contains("cargo test --workspace"));
}

#[test]
fn every_binary_has_a_stored_output() {
    let bins = bins_by_member();
    assert!(!bins.is_empty(), "no binaries found");
    for (member, bin) in bins {
        for ext in ["toml", "stdout"] {
            let case = workspace_root()
                .join(member)
                .join("tests/cmd")
                .join(format!("{bin}.{ext}"));
            assert!(case.is_file(), "binary `{bin}` has no {}", case.display());
        }
    }
}
