//! Q12 follow-up, measured in the object file: `largest` (its own source, read from `src/generics.rs`)
//! is compiled to an object file with `rustc --emit=obj -C opt-level=0 -C symbol-mangling-version=v0`,
//! once used with one type and once with three, and its symbols are listed with the toolchain's
//! `llvm-nm --demangle --print-size` (the `llvm-tools` component of `rust-toolchain.toml`).
//!
//! The counts (1 vs 3 copies of `largest`, 9 vs 27 functions) are asserted here. The byte sizes are
//! machine code of one toolchain and target, so they live in the snapshot
//! `tests/snapshots/monomorphization.txt` (x86-64 only; refresh with
//! `SNAPSHOTS=overwrite cargo test -p intermediate --test monomorphization`).
//!
//! A second test compiles the same source at opt-level 3 for `u32` and a `u32` newtype and reads the
//! optimised LLVM IR: both copies stay two definitions, neither an alias of the other.
//!
//! Without `llvm-nm` the object-file test says how to install it and passes; in CI it is
//! required.
#[path = "../../basics/tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The source of `largest` exactly as `src/generics.rs` defines it, so this test measures the example's
/// own code rather than a copy that could drift from it.
fn largest_source() -> &'static str {
    const LESSON: &str = include_str!("../src/generics.rs");
    let start = LESSON
        .find("pub fn largest<")
        .expect("generics.rs defines largest");
    let len = LESSON[start..]
        .find("\n}\n")
        .expect("largest's body ends with a closing brace")
        + 3;
    &LESSON[start..start + len]
}

/// The rustc cargo uses (`$RUSTC`), else `rustc` run in the package directory, where rustup resolves
/// it to the toolchain pinned by `rust-toolchain.toml`.
fn rustc() -> Command {
    let mut cmd = Command::new(std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// `llvm-nm` of that toolchain: `<sysroot>/lib/rustlib/<host>/bin/llvm-nm`, or why it is missing.
fn llvm_nm() -> Result<PathBuf, String> {
    let out = |args: &[&str]| {
        let o = rustc().args(args).output().expect("rustc runs");
        String::from_utf8(o.stdout).expect("utf-8")
    };
    let sysroot = out(&["--print", "sysroot"]);
    let host = out(&["-vV"])
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
        .expect("rustc -vV prints the host");
    let nm = Path::new(sysroot.trim())
        .join("lib/rustlib")
        .join(host)
        .join("bin/llvm-nm");
    if nm.is_file() {
        Ok(nm)
    } else {
        Err(format!(
            "llvm-nm not found at {}: install it with `rustup component add llvm-tools`",
            nm.display()
        ))
    }
}

/// Compiles `largest`'s source used with `types` to an object file; returns (name, size) of every
/// function defined in it, except the caller `use_them`.
fn functions_in_object(
    nm: &Path,
    dir: &Path,
    crate_name: &str,
    types: &[&str],
) -> Vec<(String, u64)> {
    let calls: String = types
        .iter()
        .map(|t| format!("    std::hint::black_box(largest::<{t}>(&[]));\n"))
        .collect();
    let src = dir.join(format!("{crate_name}.rs"));
    let obj = dir.join(format!("{crate_name}.o"));
    std::fs::write(
        &src,
        format!("{}pub fn use_them() {{\n{calls}}}\n", largest_source()),
    )
    .unwrap();
    let status = rustc()
        .args(["--edition", "2024", "--crate-type", "lib", "--emit=obj"])
        .args(["-C", "opt-level=0", "-C", "debuginfo=0"])
        .args([
            "-C",
            "symbol-mangling-version=v0",
            "--crate-name",
            crate_name,
        ])
        .arg("-o")
        .arg(&obj)
        .arg(&src)
        .status()
        .expect("rustc runs");
    assert!(status.success(), "rustc failed on {}", src.display());
    let listing = Command::new(nm)
        .args(["--demangle", "--print-size", "--defined-only"])
        .arg(&obj)
        .output()
        .expect("llvm-nm runs");
    String::from_utf8(listing.stdout)
        .unwrap()
        .lines()
        .filter_map(|line| {
            // "<address> <size> <kind> <name>"
            let mut parts = line.splitn(4, ' ');
            let (_, size, kind, name) =
                (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
            let is_function = matches!(kind, "T" | "t" | "W" | "w");
            (is_function && !name.ends_with("::use_them"))
                .then(|| (name.to_owned(), u64::from_str_radix(size, 16).unwrap()))
        })
        .collect()
}

#[test]
fn each_instantiation_is_its_own_symbol_in_the_object_file() {
    let nm = match llvm_nm() {
        Ok(nm) => nm,
        Err(why) => {
            support::tool_available(Some(why));
            return;
        }
    };
    let dir = std::env::temp_dir().join(format!("intermediate-mono-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let one = functions_in_object(&nm, &dir, "one", &["i32"]);
    let three = functions_in_object(&nm, &dir, "three", &["i32", "f64", "char"]);
    std::fs::remove_dir_all(&dir).unwrap();

    let copies = |fns: &[(String, u64)]| -> Vec<String> {
        let mut v: Vec<String> = fns
            .iter()
            .filter(|(n, _)| n.contains("::largest::<"))
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    };
    assert_eq!(copies(&one), ["one::largest::<i32>"]);
    assert_eq!(
        copies(&three),
        [
            "three::largest::<char>",
            "three::largest::<f64>",
            "three::largest::<i32>"
        ]
    );
    // Every helper the generic body calls is copied too: 9 functions for one type, 27 for three...
    assert_eq!((one.len(), three.len()), (9, 27), "{one:#?}\n{three:#?}");
    // ...and about three times the code.
    let bytes = |fns: &[(String, u64)]| fns.iter().map(|(_, s)| s).sum::<u64>();
    assert!(bytes(&three) >= 3 * bytes(&one));

    // The sizes themselves: machine code of this toolchain on x86-64, kept as a stored snapshot.
    if cfg!(target_arch = "x86_64") {
        let mut report = String::from(
            "# rustc --emit=obj -C opt-level=0, x86-64: bytes of machine code per function\n",
        );
        for (label, fns) in [
            ("one type (i32)", &one),
            ("three types (i32, f64, char)", &three),
        ] {
            report.push_str(&format!(
                "{label}: {} functions, {} bytes\n",
                fns.len(),
                bytes(fns)
            ));
            let mut sorted = fns.to_vec();
            sorted.sort();
            for (name, size) in sorted.iter().filter(|(n, _)| n.contains("::largest::<")) {
                report.push_str(&format!("  {name}: {size} bytes\n"));
            }
        }
        snapbox::assert_data_eq!(report, snapbox::file!["snapshots/monomorphization.txt"]);
    } else {
        eprintln!("byte sizes not compared: the stored snapshot is for x86-64");
    }
}

#[test]
fn the_optimiser_does_not_fold_the_copies_back() {
    // Two copies that do the same work (`u32`, and a `u32` newtype with derived comparisons) stay two
    // function bodies in an opt-level 3 build: the optimised LLVM IR defines both, and neither is an
    // alias of the other (`#[inline(never)]` keeps them from being inlined away).
    let dir = std::env::temp_dir().join(format!("intermediate-mono-opt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("opt.rs");
    let ir = dir.join("opt.ll");
    std::fs::write(
        &src,
        format!(
            "#[derive(PartialEq, PartialOrd)]\npub struct Meters(pub u32);\n#[inline(never)]\n{}\
             pub fn use_them(a: &[u32], b: &[Meters]) -> usize {{\n\
             std::hint::black_box(largest(a)).is_some() as usize\n\
             + std::hint::black_box(largest(b)).is_some() as usize\n}}\n",
            largest_source()
        ),
    )
    .unwrap();
    let status = rustc()
        .args(["--edition", "2024", "--crate-type", "lib", "--emit=llvm-ir"])
        .args([
            "-C",
            "opt-level=3",
            "-C",
            "debuginfo=0",
            "--crate-name",
            "opt",
        ])
        .arg("-o")
        .arg(&ir)
        .arg(&src)
        .status()
        .expect("rustc runs");
    assert!(status.success(), "rustc failed on {}", src.display());
    let text = std::fs::read_to_string(&ir).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let largest_lines = |prefix: &str| {
        text.lines()
            .filter(|l| l.starts_with(prefix) && l.contains("largest"))
            .count()
    };
    assert_eq!(largest_lines("define "), 2, "two bodies of largest");
    assert!(
        !text
            .lines()
            .any(|l| l.starts_with('@') && l.contains("largest") && l.contains(" alias ")),
        "no copy became an alias of the other"
    );
}
