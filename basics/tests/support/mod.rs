//! Test glue shared by every member's integration tests (each includes this file with
//! `#[path = "../../basics/tests/support/mod.rs"] mod support;`): the workspace root, the toolchain's
//! `rustc`, a scratch directory, the one rule for tools that CI must have, and the compile-fail runner.
#![allow(dead_code)] // each test binary uses its own part of it

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root (the folder with the root `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.ancestors()
        .find(|dir| {
            std::fs::read_to_string(dir.join("Cargo.toml")).is_ok_and(|m| m.contains("[workspace]"))
        })
        .expect("the workspace root is an ancestor of every member")
        .to_path_buf()
}

/// The `rustc` that cargo builds with (`$RUSTC` when cargo sets it, else the one on `PATH`, which
/// inside the workspace is the toolchain pinned by `rust-toolchain.toml`), run from the workspace root.
pub fn rustc() -> Command {
    let mut cmd = Command::new(std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()));
    cmd.current_dir(workspace_root());
    cmd
}

/// A fresh, empty scratch directory for one test, inside cargo's per-package scratch space.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create the scratch directory");
    dir
}

/// Whether this is a CI run: `CI` is set to anything but empty, `0` or `false` (CI services set
/// `CI=true`; `.ci/run` runs with it).
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}

/// The one rule for tests that need an extra tool. `missing` is `None` when the tool is there (run the
/// test), or what is missing and how to install it. Outside CI the test says so and skips that part
/// (returns `false`); in CI a missing tool fails the test, since `.ci/run` installs every tool.
pub fn tool_available(missing: Option<String>) -> bool {
    match missing {
        None => true,
        Some(what) if in_ci() => {
            panic!("{what}; CI (CI=true) must run this check: .ci/run installs it")
        }
        Some(what) => {
            eprintln!("skipping: {what} (CI installs it and runs this check)");
            false
        }
    }
}

/// Runs this member's compile-fail cases (`tests/ui/<bin>/*.rs`, each with its stored `.stderr`) and,
/// where they exist, its pass cases (`tests/pass/<bin>/*.rs`, programs that must compile and run),
/// with trybuild.
///
/// A failing case cannot be cached by cargo, so trybuild recompiles all of them on every run. This
/// runner remembers the last run that passed: a fingerprint of everything the verdict depends on (every
/// case and stored message, every source, manifest and C file of the workspace, `Cargo.lock`, the
/// compiler's version, `RUSTFLAGS` and the build profile) in a stamp file under `target/`. When the
/// fingerprint is unchanged the verdict is too, and the cases are not compiled again; any change to any
/// of those files recompiles them all. The stamp is never used in CI, with `TRYBUILD` set (refresh), or
/// after `cargo clean`.
pub fn compile_fail_cases() {
    let member = Path::new(env!("CARGO_MANIFEST_DIR"));
    let name = member.file_name().unwrap().to_string_lossy().into_owned();
    let stamp = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("compile-fail-{name}.stamp"));
    let fingerprint = fingerprint().to_string();
    let use_stamp = !in_ci() && std::env::var_os("TRYBUILD").is_none();
    if use_stamp && std::fs::read_to_string(&stamp).is_ok_and(|s| s == fingerprint) {
        println!(
            "{name}: compile-fail cases verified by an earlier run with the same cases, sources and \
             compiler (stamp {}); delete it to recompile them",
            stamp.display()
        );
        return;
    }
    // trybuild runs the cases when `cases` is dropped, and panics if one fails: no stamp then.
    trybuild::TestCases::new().compile_fail("tests/ui/*/*.rs");
    pass_cases(member, &name);
    std::fs::write(&stamp, fingerprint).expect("write the compile-fail stamp");
}

/// The right halves: every `tests/pass/<bin>/*.rs` must compile with the pinned `rustc` and exit with
/// status 0 (its assertions hold). They use only `std`, so `rustc` builds each one directly: through
/// trybuild, a single passing case turns every case of the member into a full `cargo build` of the
/// member and all its dev-dependencies.
fn pass_cases(member: &Path, name: &str) {
    let Ok(dirs) = std::fs::read_dir(member.join("tests/pass")) else {
        return;
    };
    let out = scratch_dir(&format!("pass-cases-{name}"));
    let mut cases: Vec<PathBuf> = dirs
        .flatten()
        .flat_map(|d| std::fs::read_dir(d.path()).into_iter().flatten().flatten())
        .map(|f| f.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "{name}/tests/pass has no case");
    // Each case is a rustc run of its own: spread them over the cores.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let (cases, out) = (&cases, &out);
                scope.spawn(move || {
                    let mut failures = Vec::new();
                    for (i, case) in cases.iter().enumerate().skip(w).step_by(workers) {
                        failures.extend(pass_case(case, &out.join(format!("case{i}"))));
                    }
                    failures
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a pass-case worker panicked"))
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    println!("{name}: {} pass cases compiled and ran", cases.len());
}

/// Compiles one pass case to `exe` and runs it; what went wrong, if anything.
fn pass_case(case: &Path, exe: &Path) -> Option<String> {
    let built = rustc()
        .args(["--edition", "2024", "--color", "never", "-o"])
        .arg(exe)
        .arg(case)
        .output()
        .expect("rustc runs");
    if !built.status.success() {
        return Some(format!(
            "{}: does not compile\n{}",
            case.display(),
            String::from_utf8_lossy(&built.stderr)
        ));
    }
    let ran = Command::new(exe).output().expect("the case runs");
    (!ran.status.success()).then(|| {
        format!(
            "{}: compiled, but exited with {}\n{}",
            case.display(),
            ran.status,
            String::from_utf8_lossy(&ran.stderr)
        )
    })
}

/// A hash of every input of a compile-fail verdict (see [`compile_fail_cases`]).
fn fingerprint() -> u64 {
    let root = workspace_root();
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut h = DefaultHasher::new();
    for f in &files {
        f.strip_prefix(&root).unwrap().hash(&mut h);
        std::fs::read(f).unwrap_or_default().hash(&mut h);
    }
    let version = rustc().arg("-vV").output().expect("rustc runs").stdout;
    version.hash(&mut h);
    for var in ["RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "RUSTC_WRAPPER"] {
        std::env::var_os(var).hash(&mut h);
    }
    cfg!(debug_assertions).hash(&mut h);
    h.finish()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if path.is_dir() {
            if !matches!(&*file_name, "target" | ".git" | "exercises")
                && !file_name.starts_with('.')
            {
                collect(&path, out);
            }
        } else if [".rs", ".toml", ".lock", ".stderr", ".c", ".h"]
            .iter()
            .any(|ext| file_name.ends_with(ext))
        {
            out.push(path);
        }
    }
}
