//! Q18: claims about Cargo itself, checked with the pinned toolchain's own `cargo` (the one running
//! this test, from the `CARGO` environment variable), and the `verbose` feature of this crate built and
//! run for real.
//!
//! Everything runs in `CARGO_TARGET_TMPDIR` (Cargo's scratch directory for integration tests, inside
//! the target directory), so the feature build does not wait for the lock of the build directory that
//! is running this test, and is reused by the next run.
use std::path::{Path, PathBuf};
use std::process::Command;

fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    // Keep the parent's build configuration out of the child: it gets its own target directory below.
    command.env_remove("CARGO_TARGET_DIR");
    command
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).expect("scratch directory can be created");
    dir
}

fn run(command: &mut Command) -> String {
    let output = command.output().expect("cargo can be started");
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

#[test]
fn cargo_add_is_built_into_cargo() {
    // The guide says `cargo add` comes from cargo-edit; it is a built-in subcommand since Rust 1.62.
    let help = run(cargo().args(["add", "--help"]));
    assert!(
        help.contains("Add dependencies to a Cargo.toml manifest file"),
        "{help}"
    );
}

#[test]
fn cargo_new_lib_does_not_ignore_the_lock_file() {
    // Since the 2023 change of guidance (Rust 1.74), `cargo new --lib` no longer lists Cargo.lock in
    // the .gitignore it writes: libraries commit their lock file too.
    //
    // The package is made in the system's temporary directory, outside this workspace: `cargo new`
    // inside a workspace (and the default target directory is inside it) adds the new package to the
    // workspace's `members`, which would rewrite this repository's root Cargo.toml.
    let parent = std::env::temp_dir().join(format!("q18-cargo-new-{}", std::process::id()));
    std::fs::create_dir_all(&parent).expect("scratch directory can be created");
    let package = parent.join("my_lib");
    run(cargo()
        .args(["new", "--lib", "--vcs", "git", "--quiet"])
        .arg(&package)
        .current_dir(&parent));
    let gitignore =
        std::fs::read_to_string(package.join(".gitignore")).expect(".gitignore written");
    std::fs::remove_dir_all(&parent).expect("scratch package can be removed");
    assert_eq!(gitignore.trim(), "/target");
    assert!(!gitignore.contains("Cargo.lock"));
}

#[test]
fn a_member_profile_is_ignored_with_a_warning() {
    // Profiles are read from the workspace root only. A scratch workspace outside this one (like
    // `cargo new` above, so that Cargo does not find this repository's root manifest) whose member
    // declares `[profile.release]`: `cargo metadata` loads the workspace and warns.
    let root = std::env::temp_dir().join(format!("q18-member-profile-{}", std::process::id()));
    std::fs::create_dir_all(root.join("member/src")).expect("scratch workspace can be created");
    let write = |path: &str, text: &str| {
        std::fs::write(root.join(path), text).expect("scratch file can be written")
    };
    write(
        "Cargo.toml",
        "[workspace]\nmembers = [\"member\"]\nresolver = \"3\"\n",
    );
    write(
        "member/Cargo.toml",
        "[package]\nname = \"member\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
         [profile.release]\nopt-level = 1\n",
    );
    write("member/src/lib.rs", "");
    let output = cargo()
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(&root)
        .output()
        .expect("cargo can be started");
    std::fs::remove_dir_all(&root).expect("scratch workspace can be removed");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("profiles for the non root package will be ignored"),
        "{stderr}"
    );
}

#[test]
fn the_verbose_feature_adds_trace_lines_and_nothing_else() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let verbose = run(cargo()
        .args([
            "run",
            "--quiet",
            "-p",
            "intermediate",
            "--bin",
            "cargo_features",
        ])
        .args(["--features", "verbose", "--target-dir"])
        .arg(scratch("feature-test"))
        .current_dir(crate_dir));
    assert_eq!(
        verbose,
        "enabled features: [\"verbose\"]\n\
         cfg!(feature = \"verbose\") = true\n\
         [verbose] 2 line(s), quantity 2\n\
         [verbose] total = 4998 cents\n\
         order total: 49.98 EUR\n"
    );

    // Without the feature the program prints what `tests/cmd/cargo_features.stdout` stores. Removing
    // the trace lines and the two lines that report the feature must give exactly that.
    let plain = std::fs::read_to_string(crate_dir.join("tests/cmd/cargo_features.stdout"))
        .expect("stored output of cargo_features");
    let strip = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.starts_with("[verbose]"))
            .skip(2)
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(strip(&verbose), strip(&plain));
    assert!(plain.starts_with("enabled features: []\ncfg!(feature = \"verbose\") = false\n"));
}
