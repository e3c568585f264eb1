//! Every line the guide marks as an error, compiled for real: each case in `tests/ui/<bin>/` must fail
//! with exactly the stored diagnostic in its `.stderr` file, error code included (and each right half in
//! `tests/pass/<bin>/`, where there is one, must compile and run). Refresh after a toolchain change with
//! `bash .ci/refresh` (or `TRYBUILD=overwrite cargo test -p embedded --test compile_fail`). A run with nothing
//! changed reuses the last verdict: see `compile_fail_cases` in `basics/tests/support/mod.rs`.
#[path = "../../basics/tests/support/mod.rs"]
mod support;

#[test]
fn the_guides_errors_are_real_compile_errors() {
    support::compile_fail_cases();
}
