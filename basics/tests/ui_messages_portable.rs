//! Keeps the stored compiler messages of every crate's compile-fail cases (`<crate>/tests/ui/**/*.stderr`)
//! independent of where the repository is cloned.
//!
//! rustc names a closure or an `async` block after its file's absolute path (`{async block@/home/.../x.rs:6:19:
//! 6:24}`; trybuild stores it as `$DIR/...`). When such a name ends up in an E0277 label ("the trait `Unpin` is
//! not implemented for `{async block@...}`") and the label is longer than rustc's diagnostic width, rustc moves
//! it to a `help:` line instead. The same case then passes in a short clone path and fails in a long one: this
//! is how CI once failed on a case that passed on the machine it was written on. A case should make its error
//! about a type with a path-free name (an `async fn`'s future, a named struct, a helper's generic bound).
use std::path::{Path, PathBuf};

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
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("basics lives inside the workspace");
    // Every member folder's `tests/ui` (a folder without one adds nothing).
    let mut files = Vec::new();
    for entry in std::fs::read_dir(root).expect("the workspace root is readable") {
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
