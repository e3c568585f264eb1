//! The C headers and the Rust signatures describe the same functions, and nothing checks that at build
//! time: a header that says `float` where Rust says `f64` links fine and computes garbage. This test
//! reads both sides and compares them function by function, parameter types and return type included:
//! - `c/ffi.h` against every `#[unsafe(no_mangle)] extern "C" fn` in `src/` (Rust exported to C);
//! - `c/cstrings.h` against the `unsafe extern "C"` block of `src/c_interop/follow_up.rs` (C imported
//!   into Rust).
use std::collections::BTreeMap;
use std::path::Path;

/// Function name -> C signature, normalized as `ret(param, param)` with C type spellings.
type Signatures = BTreeMap<String, String>;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Rust type -> C type, for every type this crate uses at the boundary. An unknown type fails the test,
/// so a new signature forces a decision here.
fn c_type(rust: &str) -> String {
    let t: String = rust.split_whitespace().collect::<Vec<_>>().join(" ");
    match t.as_str() {
        "" | "()" => "void",
        "f64" | "c_double" | "libc::c_double" => "double",
        "i32" | "c_int" | "libc::c_int" => "int",
        "usize" | "libc::size_t" => "size_t",
        "*const c_char" => "const char *",
        "*mut c_char" => "char *",
        "Option<&Point>" | "*const Point" => "const Point *",
        "Option<&mut c_double>" | "Option<&mut f64>" | "*mut c_double" => "double *",
        other => panic!("no C spelling known for the Rust type `{other}`: extend c_type()"),
    }
    .to_string()
}

/// Parses `fn NAME(PARAMS) -> RET` starting right after `fn `; returns the name and C signature.
fn parse_rust_fn(after_fn: &str) -> (String, String) {
    let open = after_fn.find('(').expect("fn NAME(");
    let name = after_fn[..open].trim().to_string();
    let close = open + after_fn[open..].find(')').expect("closing )");
    let params: Vec<String> = after_fn[open + 1..close]
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| c_type(p.split_once(':').expect("name: Type").1))
        .collect();
    let rest = &after_fn[close + 1..];
    let end = rest.find(['{', ';']).expect("body or ;");
    let ret = rest[..end].trim().strip_prefix("->").unwrap_or("");
    (name, format!("{}({})", c_type(ret), params.join(", ")))
}

/// Source without `//` comments, so doc comments cannot look like code.
fn strip_rust_comments(src: &str) -> String {
    src.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every function exported with `#[unsafe(no_mangle)]`.
fn rust_exports(src: &str) -> Signatures {
    let src = strip_rust_comments(src);
    src.split("#[unsafe(no_mangle)]")
        .skip(1)
        .map(|after| {
            let fn_at = after.find("fn ").expect("an exported fn");
            assert!(
                after[..fn_at].contains("extern \"C\""),
                "exported fn without extern \"C\": {}",
                &after[..fn_at + 20]
            );
            parse_rust_fn(&after[fn_at + 3..])
        })
        .collect()
}

/// Every function declared in the `unsafe extern "C" { ... }` blocks of `src`.
fn rust_imports(src: &str) -> Signatures {
    let src = strip_rust_comments(src);
    let mut sigs = Signatures::new();
    for block in src.split("unsafe extern \"C\" {").skip(1) {
        let body = &block[..block.find('}').expect("end of the extern block")];
        for item in body.split(';').filter(|i| i.contains("fn ")) {
            let fn_at = item.find("fn ").unwrap();
            let (name, sig) = parse_rust_fn(&format!("{};", &item[fn_at + 3..]));
            sigs.insert(name, sig);
        }
    }
    sigs
}

/// Every function prototype in a C header.
fn c_prototypes(header: &str) -> Signatures {
    // Drop /* comments */ and preprocessor lines.
    let mut text = String::new();
    let mut rest = header;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        let end = rest[start..].find("*/").expect("closed comment");
        rest = &rest[start + end + 2..];
    }
    text.push_str(rest);
    let text: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join(" ");
    let normalize = |t: &str| {
        t.replace('*', " * ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut sigs = Signatures::new();
    for decl in text.split(';').map(str::trim) {
        if decl.starts_with("typedef") || decl.starts_with('}') || !decl.contains('(') {
            continue;
        }
        let open = decl.find('(').unwrap();
        let head = decl[..open].trim_end();
        let name_start = head
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        let name = head[name_start..].to_string();
        let ret = normalize(&head[..name_start]);
        let params_src = &decl[open + 1..decl.rfind(')').expect("closing )")];
        let params: Vec<String> = if params_src.trim() == "void" {
            Vec::new()
        } else {
            params_src
                .split(',')
                .map(|p| {
                    // Drop the parameter name: the identifier at the end.
                    let p = normalize(p);
                    let cut = p
                        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .map_or(0, |i| i + 1);
                    p[..cut].trim().to_string()
                })
                .collect()
        };
        sigs.insert(name, format!("{ret}({})", params.join(", ")));
    }
    sigs
}

fn assert_same(c_side: &Signatures, rust_side: &Signatures, what: &str) {
    assert!(!rust_side.is_empty(), "{what}: no Rust functions found");
    assert_eq!(
        c_side, rust_side,
        "{what}: the C header (left) and the Rust signatures (right) differ"
    );
}

#[test]
fn ffi_h_matches_the_rust_exports() {
    let mut exports = rust_exports(&read("src/c_interop.rs"));
    exports.extend(rust_exports(&read("src/c_interop/follow_up.rs")));
    assert_same(
        &c_prototypes(&read("c/ffi.h")),
        &exports,
        "ffi.h vs #[unsafe(no_mangle)]",
    );
}

#[test]
fn cstrings_h_matches_the_rust_declarations() {
    assert_same(
        &c_prototypes(&read("c/cstrings.h")),
        &rust_imports(&read("src/c_interop/follow_up.rs")),
        "cstrings.h vs unsafe extern \"C\"",
    );
}

#[test]
fn the_parsers_read_what_they_should() {
    let header = "/* doc */\n#include <x.h>\ntypedef struct P { double x; } P;\n\
                  char *f(const char *name, double *out);\nvoid g(void);\nsize_t h(const Point *p);";
    let c = c_prototypes(header);
    assert_eq!(c["f"], "char *(const char *, double *)");
    assert_eq!(c["g"], "void()");
    assert_eq!(c["h"], "size_t(const Point *)");
    let rust = "/// fn doc(x: nope)\n#[unsafe(no_mangle)]\npub unsafe extern \"C\" fn f(name: *const c_char, out: Option<&mut f64>) -> *mut c_char {}";
    assert_eq!(rust_exports(rust)["f"], "char *(const char *, double *)");
}

#[test]
fn a_mismatch_is_caught() {
    // The header claims float where Rust exports double: the comparison must see it.
    let header = read("c/ffi.h").replace(
        "double rust_distance(const Point *p1",
        "float rust_distance(const Point *p1",
    );
    let mut exports = rust_exports(&read("src/c_interop.rs"));
    exports.extend(rust_exports(&read("src/c_interop/follow_up.rs")));
    assert_ne!(c_prototypes(&header), exports);
    // And a function missing from the header is caught too.
    let header = read("c/ffi.h").replace("void rust_string_free(char *s);", "");
    assert_ne!(c_prototypes(&header), exports);
}
