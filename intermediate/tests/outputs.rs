//! Runs every binary of this crate and compares its output with the stored expectation in
//! `tests/cmd/<bin>.toml` + `<bin>.stdout` (+ `<bin>.stderr` where the binary prints errors). `[..]` and
//! `...` are wildcards, used only where the output cannot be deterministic. Refresh after an intended
//! change with `TRYCMD=overwrite cargo test -p intermediate --test outputs`, then review the diff.
//! That every binary of the workspace has a stored case is checked in `basics/tests/workspace.rs`.
#[test]
fn binaries_print_what_the_guide_documents() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
