//! Compile-fail cases that `cargo check` cannot see. Some lint errors, like `arithmetic_overflow`
//! (the guide's `255u8 + 1`, Q34), are found by rustc only while it generates code, but trybuild checks
//! compile-fail cases with `cargo check` (it switches every case to a full `cargo build` of the crate
//! and all its dev-dependencies only when the set has a passing case, which costs minutes). These cases
//! need no dependency, so this test compiles each `tests/ui_build/<question>/*.rs` with the same
//! `rustc` to an executable and compares the diagnostics with the stored `.stderr`, like trybuild
//! does. Refresh with `TRYBUILD=overwrite cargo test -p experienced --test compile_fail_build`.
use std::path::{Path, PathBuf};
use std::process::Command;

fn cases() -> Vec<PathBuf> {
    let mut cases = Vec::new();
    for dir in std::fs::read_dir("tests/ui_build").expect("tests/ui_build exists") {
        for file in std::fs::read_dir(dir.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                cases.push(path);
            }
        }
    }
    cases.sort();
    cases
}

/// `rustc` as cargo would run it: `$RUSTC` if set, else the toolchain `rust-toolchain.toml` pins.
fn rustc() -> String {
    std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string())
}

fn compile(case: &Path, out_dir: &Path) -> (bool, String) {
    let output = Command::new(rustc())
        .args([
            "--edition",
            "2024",
            "--crate-type",
            "bin",
            "--color",
            "never",
        ])
        .arg("--out-dir")
        .arg(out_dir)
        .arg(case)
        .output()
        .expect("run rustc");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 diagnostics");
    // Keep the diagnostic itself; drop the "aborting" summary lines, as trybuild does.
    let kept: Vec<&str> = stderr
        .lines()
        .take_while(|l| !l.starts_with("error: aborting due to"))
        .collect();
    (
        output.status.success(),
        kept.join("\n").trim_end().to_string() + "\n",
    )
}

#[test]
fn errors_found_only_when_generating_code() {
    let out_dir = std::env::temp_dir().join(format!("ui_build-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).unwrap();
    let overwrite = std::env::var_os("TRYBUILD").is_some_and(|v| v == "overwrite");
    let cases = cases();
    assert!(!cases.is_empty(), "no cases in tests/ui_build");
    let mut failures = Vec::new();
    for case in &cases {
        let (compiled, stderr) = compile(case, &out_dir);
        let expected_path = case.with_extension("stderr");
        if compiled {
            failures.push(format!(
                "{}: expected a compile error, but it compiled",
                case.display()
            ));
        } else if overwrite {
            std::fs::write(&expected_path, &stderr).unwrap();
        } else {
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            if expected != stderr {
                failures.push(format!(
                    "{}: diagnostics differ from {}\n--- expected\n{expected}--- actual\n{stderr}",
                    case.display(),
                    expected_path.display()
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
