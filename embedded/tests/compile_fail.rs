//! Every line the guide marks as an error, compiled for real: each case in `tests/ui/<question>/` must
//! fail with exactly the stored diagnostic in its `.stderr` file, error code included. Refresh after a
//! toolchain change with `TRYBUILD=overwrite cargo test -p embedded --test compile_fail`.
#[test]
fn the_guides_errors_are_real_compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*/*.rs");
}
