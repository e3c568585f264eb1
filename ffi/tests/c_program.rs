//! C calls Rust for real: compiles `ffi/c/main.c` with the system C compiler (`$CC`, else `cc`) against
//! `ffi/c/ffi.h`, links it with the static library cargo built for this test (`target/<profile>/libffi.a`,
//! from `crate-type = ["rlib", "staticlib"]`), runs it and checks its exact output and the struct layouts
//! C reports against Rust's `size_of`/`offset_of!`.
//!
//! The program also runs under valgrind memcheck, which fails on any invalid access, a double free or
//! a definite/indirect leak (e.g. a string from `rust_greeting` never given back to `rust_string_free`).
//! It cannot see C calling `free()` on a `CString::into_raw` pointer: with Rust's default allocator
//! both sides are `malloc`, so that mismatch reports 0 errors (see `c_interop::follow_up`).
//! Without valgrind that test says how to install it and passes; in CI it is required (the one rule of `basics/tests/support/mod.rs`).
#[path = "../../basics/tests/support/mod.rs"]
mod support;

use std::mem::{offset_of, size_of};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use ffi::c_interop::{Point, c_layout, rust_layout};

/// What `ffi/c/main.c` prints.
const EXPECTED: &str = "\
rust_distance(&p1, &p2) = 5
rust_distance(NULL, &p2) is NaN: yes
rust_safe_sqrt(144) -> status 0, root 12
rust_safe_sqrt(-1) -> status 1
rust_safe_sqrt(2, NULL) -> status 2
layout Point: size 16, x at 0, y at 8
layout Unordered: size 12, a at 0, b at 4, c at 8
Hello from Rust, C!
rust_greeting(NULL) = NULL
";

/// The static library cargo built for this run: the test executable lives in `target/<profile>/deps/`,
/// and cargo builds every crate type of the library (the staticlib `libffi-<hash>.a` too) in that folder
/// before the tests that use it. (`target/<profile>/libffi.a` is only refreshed by `cargo build`, so
/// it can be stale here.) The newest one is the one just built.
fn staticlib() -> PathBuf {
    let exe = std::env::current_exe().expect("the test knows its own path");
    let deps = exe
        .parent()
        .expect("test executables live in target/<profile>/deps");
    std::fs::read_dir(deps)
        .expect("the deps folder is readable")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("libffi-") && n.ends_with(".a"))
        })
        .max_by_key(|path| path.metadata().and_then(|m| m.modified()).ok())
        .unwrap_or_else(|| {
            panic!(
                "no libffi-*.a in {}: the [lib] of ffi/Cargo.toml must keep crate-type \"staticlib\"",
                deps.display()
            )
        })
}

/// Compiles main.c once for all tests of this file; warnings are errors, so a call that does not match
/// the header's prototypes fails here.
fn c_program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    PROGRAM.get_or_init(|| {
        let c_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("c");
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ffi_c_main");
        let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
        let result = Command::new(&cc)
            .args([
                "-std=c11",
                "-Wall",
                "-Wextra",
                "-Wpedantic",
                "-Werror",
                "-g",
                "-I",
            ])
            .arg(&c_dir)
            .arg(c_dir.join("main.c"))
            .arg(staticlib())
            .args(["-lpthread", "-ldl", "-lm", "-o"])
            .arg(&out)
            .output()
            .unwrap_or_else(|e| {
                panic!("cannot run the C compiler `{cc}` ({e}); install one: apt-get install gcc")
            });
        assert!(
            result.status.success(),
            "compiling ffi/c/main.c failed:\n{}",
            String::from_utf8_lossy(&result.stderr)
        );
        out
    })
}

fn stdout_of(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("the C program prints UTF-8")
}

/// The numbers after "size", "at" in a `layout NAME: size S, x at O, ...` line of the C output.
fn c_reported_layout(output: &str, name: &str) -> Vec<usize> {
    let prefix = format!("layout {name}: ");
    let line = output
        .lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no `{prefix}` line in:\n{output}"));
    line.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect()
}

#[test]
fn c_calls_rust_and_gets_the_documented_results() {
    let output = Command::new(c_program())
        .output()
        .expect("the C program runs");
    assert!(output.status.success(), "exit status {}", output.status);
    assert_eq!(stdout_of(&output), EXPECTED);
    assert!(output.stderr.is_empty());
}

#[test]
fn c_and_rust_agree_on_point_layout() {
    let output = stdout_of(&Command::new(c_program()).output().unwrap());
    assert_eq!(
        c_reported_layout(&output, "Point"),
        [
            size_of::<Point>(),
            offset_of!(Point, x),
            offset_of!(Point, y)
        ]
    );
}

#[test]
fn only_the_repr_c_struct_matches_c() {
    let output = stdout_of(&Command::new(c_program()).output().unwrap());
    let from_c = c_reported_layout(&output, "Unordered");
    let with_repr_c = c_layout();
    let default_repr = rust_layout();
    let as_vec = |l: ffi::c_interop::Layout3| {
        let mut v = vec![l.size];
        v.extend(l.offsets);
        v
    };
    assert_eq!(from_c, as_vec(with_repr_c));
    assert_ne!(from_c, as_vec(default_repr));
}

#[test]
fn c_program_is_clean_under_valgrind() {
    let available = Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let missing = (!available).then(|| "valgrind (apt-get install valgrind)".to_string());
    if !support::tool_available(missing) {
        return;
    }
    let output = Command::new("valgrind")
        .args([
            "--quiet",
            "--error-exitcode=1",
            "--leak-check=full",
            "--errors-for-leak-kinds=definite,indirect",
        ])
        .arg(c_program())
        .output()
        .expect("valgrind runs");
    assert!(
        output.status.success(),
        "valgrind found errors (exit {}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(stdout_of(&output), EXPECTED);
}
