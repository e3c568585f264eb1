//! Runs every binary of this crate and compares its output with the stored expectation in
//! `tests/cmd/<bin>.toml` + `<bin>.stdout` (+ `<bin>.stderr` where the binary prints errors). `[..]` and
//! `...` are wildcards, used only where the output cannot be deterministic. Refresh after an intended
//! change with `TRYCMD=overwrite cargo test -p basics --test outputs`, then review the diff.
use std::path::Path;

#[test]
fn binaries_print_what_the_guide_documents() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}

/// trycmd silently skips a stream that has no stored file, so a missing `.stdout` would make a case pass
/// without checking anything. Every binary must have its case and its stored stdout.
#[test]
fn every_binary_has_a_stored_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut bins = 0;
    for entry in std::fs::read_dir(root.join("src/bin")).expect("src/bin exists") {
        let path = entry.expect("readable entry").path();
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 file name");
        for ext in ["toml", "stdout"] {
            let case = root.join("tests/cmd").join(format!("{name}.{ext}"));
            assert!(case.is_file(), "binary `{name}` has no {}", case.display());
        }
        bins += 1;
    }
    assert!(bins > 0, "no binaries found in src/bin");
}
