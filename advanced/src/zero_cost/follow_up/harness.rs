//! Support for Q28's follow-up: the harness that compiles [`SOURCE`] to assembly with
//! `rustc`, cuts one function's listing out of it, normalises it and diffs two listings. The lesson,
//! what is compared and what it shows, is in [`super`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::SOURCE;

/// The compiler to run: `$RUSTC` if set, else `rustc` on `PATH`.
pub fn rustc() -> PathBuf {
    std::env::var_os("RUSTC")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("rustc"))
}

/// A temporary directory that removes itself.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Compiles [`SOURCE`] with `rustc` at `-C opt-level=<opt_level>` and returns the whole assembly listing.
pub fn compile_to_asm(rustc: &Path, opt_level: u8) -> Result<String, String> {
    let dir = TempDir(std::env::temp_dir().join(format!(
        "advanced-compare-assembly-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    )));
    std::fs::create_dir_all(&dir.0)
        .map_err(|e| format!("cannot create {}: {e}", dir.0.display()))?;
    let src = dir.0.join("zero_cost.rs");
    let asm = dir.0.join("zero_cost.s");
    std::fs::write(&src, SOURCE).map_err(|e| format!("cannot write {}: {e}", src.display()))?;
    let output = Command::new(rustc)
        .args([
            "--edition",
            "2024",
            "--crate-type",
            "lib",
            "--emit=asm",
            "-C",
            &format!("opt-level={opt_level}"),
            "-o",
        ])
        .arg(&asm)
        .arg(&src)
        .output()
        .map_err(|e| missing_compiler(rustc, &e))?;
    if !output.status.success() {
        return Err(format!(
            "`{}` failed ({}):\n{}",
            rustc.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    std::fs::read_to_string(&asm).map_err(|e| format!("cannot read {}: {e}", asm.display()))
}

/// The message for a compiler that cannot be started.
fn missing_compiler(rustc: &Path, error: &std::io::Error) -> String {
    format!(
        "cannot run `{}`: {error} (is Rust installed? set RUSTC to the compiler)",
        rustc.display()
    )
}

/// The version line of `rustc`, e.g. `rustc 1.98.0 (88d9e12ae 2026-08-18)`.
pub fn rustc_version(rustc: &Path) -> Result<String, String> {
    let out = Command::new(rustc)
        .arg("--version")
        .output()
        .map_err(|e| missing_compiler(rustc, &e))?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The lines of function `name` in `asm`: from its `name:` label to the end of its body.
pub fn function_listing<'a>(asm: &'a str, name: &str) -> Option<Vec<&'a str>> {
    let mut lines = asm.lines().skip_while(|l| *l != format!("{name}:"));
    lines.next()?;
    Some(
        lines
            .take_while(|l| {
                !l.trim_start().starts_with(".cfi_endproc") && !l.starts_with(".Lfunc_end")
            })
            .collect(),
    )
}

/// Instructions only: directives, comments and label lines removed, local labels renumbered in order
/// of first appearance (`.LBB4_5` and `.LBB5_9` in the same position both become `L1`), whitespace
/// collapsed.
pub fn normalize(listing: &[&str]) -> Vec<String> {
    let mut labels: HashMap<String, String> = HashMap::new();
    let mut out = Vec::new();
    for line in listing {
        let code = line.split('#').next().unwrap_or("").trim();
        if code.is_empty() || code.starts_with('.') || code.ends_with(':') {
            continue; // directive, comment or label
        }
        let words: Vec<String> = code
            .split_whitespace()
            .map(|w| {
                if let Some(start) = w.find(".L") {
                    let end = w[start..].find([',', ')']).map_or(w.len(), |e| start + e);
                    let next = format!("L{}", labels.len());
                    let label = labels
                        .entry(w[start..end].to_string())
                        .or_insert(next)
                        .clone();
                    format!("{}{}{}", &w[..start], label, &w[end..])
                } else {
                    w.to_string()
                }
            })
            .collect();
        out.push(words.join(" "));
    }
    out
}

/// The lines of a minimal line diff between `a` and `b` (longest common subsequence): `- n: line` for
/// line n (1-based) found only in `a`, `+ n: line` for line n found only in `b`.
pub fn diff(a: &[String], b: &[String]) -> Vec<String> {
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0_usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push(format!("+ {:>2}: {}", j + 1, b[j]));
            j += 1;
        } else {
            out.push(format!("- {:>2}: {}", i + 1, a[i]));
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_drops_directives_and_renumbers_labels() {
        let listing = [
            "\t.cfi_startproc",
            "\ttestq\t%rsi, %rsi",
            "\tje\t.LBB4_1",
            ".LBB4_1:",
            "\txorl\t%eax, %eax # zero",
            "\tjne\t.LBB4_7",
            "\tjmp\t.LBB4_1",
        ];
        assert_eq!(
            normalize(&listing),
            [
                "testq %rsi, %rsi",
                "je L0",
                "xorl %eax, %eax",
                "jne L1",
                "jmp L0"
            ]
        );
    }

    #[test]
    fn diff_reports_moved_lines() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            diff(&s(&["a", "b", "c"]), &s(&["a", "c", "b"])),
            ["+  2: c", "-  3: c"]
        );
        assert!(diff(&s(&["x"]), &s(&["x"])).is_empty());
    }

    #[test]
    fn a_missing_compiler_is_a_clear_error() {
        let err = compile_to_asm(Path::new("/nonexistent/rustc"), 3).unwrap_err();
        assert!(err.starts_with("cannot run `/nonexistent/rustc`"), "{err}");
    }
}
