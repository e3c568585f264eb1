//! Follow-up: how can you verify a zero-cost abstraction? By comparing the optimised assembly, and by
//! benchmarking.
//!
//! `cargo run --bin compare_assembly` does the comparison the guide describes, end to end:
//! 1. it writes `advanced/asm/zero_cost.rs` (the guide's two functions, `pub` and `#[unsafe(no_mangle)]`,
//!    plus two callers of the generic `max_value`) to a temporary directory;
//! 2. compiles it with `rustc --edition 2024 --crate-type lib --emit=asm -C opt-level=3` (what a release
//!    build uses), then again with `opt-level=2` (`rustc -O`, the guide's "-O2"); the compiler is
//!    `$RUSTC` if set, else `rustc` on `PATH`, which inside this workspace is the pinned 1.95.0;
//! 3. cuts out each function's listing and normalises it: assembler directives (`.cfi_*`, `.p2align`),
//!    comments and label lines are dropped, and local labels (`.LBB4_5`) are renumbered in order of
//!    appearance, so that only the instructions and the shape of the jumps remain;
//! 4. prints the instruction counts, whether the listings are identical (in order, and ignoring order),
//!    and the lines that differ.
//!
//! Result on 1.95.0, x86_64 Linux, at both levels: 58 instructions each, the same multiset of
//! instructions, but not the same order: three instructions sit in a different place (the two
//! `xorl %eax, %eax` zeroings each one line earlier, the index increment `addq $4, %rdx` five lines
//! earlier, in the hand loop). That is instruction scheduling, not extra work: no bounds check, no
//! call, no allocation survives in either. The benchmark (`cargo bench -p advanced --bench zero_cost`) is the
//! other half of the proof. A test asserts these figures.
//!
//! The guide's command, `cargo rustc --release -- --emit=asm`, works too (the `.s` file lands in
//! `target/release/deps/`), but with the guide's code there is little to see: its functions are private
//! and called once from `main`, so the optimiser inlines them — even computes `167` at compile time —
//! and they have no assembly of their own. To compare two functions, make them `pub` and
//! `#[unsafe(no_mangle)]` (or `#[inline(never)]`), as here, or use a tool such as `cargo-show-asm`.
//!
//! A missing compiler is reported as an error naming the command that failed (exit status 1), not a
//! panic.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The standalone source file that is compiled, embedded so the binary works from any directory.
pub const SOURCE: &str = include_str!("../../asm/zero_cost.rs");

/// The two functions the guide says compile to the same assembly.
pub const PAIR: [&str; 2] = ["sum_of_squares_idiomatic", "sum_of_squares_manual"];

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

/// The version line of `rustc`, e.g. `rustc 1.95.0 (59807616e 2026-04-14)`.
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

/// What the comparison found.
#[derive(Debug, PartialEq, Eq)]
pub struct Comparison {
    pub idiomatic_instructions: usize,
    pub manual_instructions: usize,
    pub identical_in_order: bool,
    pub identical_ignoring_order: bool,
    pub diff: Vec<String>,
    /// Functions named `max_value` in the listing: one per type it was used with.
    pub max_value_copies: usize,
}

/// Compares the two functions of [`PAIR`] in an assembly listing.
pub fn compare(asm: &str) -> Result<Comparison, String> {
    let get = |name: &str| {
        function_listing(asm, name)
            .map(|l| normalize(&l))
            .ok_or_else(|| format!("function `{name}` not found in the assembly"))
    };
    let (idiomatic, manual) = (get(PAIR[0])?, get(PAIR[1])?);
    let sorted = |v: &[String]| {
        let mut v = v.to_vec();
        v.sort();
        v
    };
    let max_value_copies = asm
        .lines()
        .filter(|l| l.ends_with(':') && !l.starts_with('.') && l.contains("max_value"))
        .count();
    Ok(Comparison {
        idiomatic_instructions: idiomatic.len(),
        manual_instructions: manual.len(),
        identical_in_order: idiomatic == manual,
        identical_ignoring_order: sorted(&idiomatic) == sorted(&manual),
        diff: diff(&idiomatic, &manual),
        max_value_copies,
    })
}

/// Compiles, compares and prints; `Err` carries the message for the user.
pub fn run(rustc: &Path) -> Result<(), String> {
    println!(
        "{}, --emit=asm, {}",
        rustc_version(rustc)?,
        std::env::consts::ARCH
    );
    for (opt_level, what) in [
        (3, "what `cargo build --release` uses"),
        (2, "`rustc -O`, the guide's \"-O2\""),
    ] {
        let asm = compile_to_asm(rustc, opt_level)?;
        let c = compare(&asm)?;
        println!("-C opt-level={opt_level} ({what}):");
        println!(
            "  {:<25} {} instructions",
            format!("{}:", PAIR[0]),
            c.idiomatic_instructions
        );
        println!(
            "  {:<25} {} instructions",
            format!("{}:", PAIR[1]),
            c.manual_instructions
        );
        println!("  identical, in order:       {}", c.identical_in_order);
        println!(
            "  identical, ignoring order: {}",
            c.identical_ignoring_order
        );
        println!(
            "  diff of the normalised listings (- only in the iterator chain, + only in the hand loop):"
        );
        for line in &c.diff {
            println!("      {line}");
        }
        println!(
            "  max_value<T> compiled into {} separate functions (i32 and f64)",
            c.max_value_copies
        );
    }
    Ok(())
}

pub fn main() {
    if let Err(message) = run(&rustc()) {
        eprintln!("compare_assembly: {message}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body<'a>(source: &'a str, signature: &str) -> &'a str {
        let start = source
            .find(signature)
            .unwrap_or_else(|| panic!("{signature} not found"));
        let end = start + source[start..].find("\n}\n").expect("function end");
        &source[start..end]
    }

    #[test]
    fn the_compiled_file_holds_the_same_functions_as_the_example() {
        let example = include_str!("../zero_cost.rs");
        for f in [
            "pub fn sum_of_squares_idiomatic",
            "pub fn sum_of_squares_manual",
        ] {
            assert_eq!(body(SOURCE, f), body(example, f));
        }
    }

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

    #[test]
    fn a_function_missing_from_the_listing_is_a_clear_error() {
        assert_eq!(
            compare("foo:\n\tretq\n").unwrap_err(),
            "function `sum_of_squares_idiomatic` not found in the assembly"
        );
    }

    #[test]
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    fn the_two_functions_have_the_same_instructions_in_a_different_order() {
        for opt_level in [3, 2] {
            let asm = compile_to_asm(&rustc(), opt_level).expect("rustc is available to the tests");
            let c = compare(&asm).unwrap();
            assert_eq!((c.idiomatic_instructions, c.manual_instructions), (58, 58));
            assert!(!c.identical_in_order, "opt-level={opt_level}");
            assert!(c.identical_ignoring_order, "opt-level={opt_level}");
            assert_eq!(c.max_value_copies, 2);
            assert_eq!(c.diff.len(), 6, "opt-level={opt_level}: {:#?}", c.diff);
        }
    }
}
