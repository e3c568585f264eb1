// Q21, the guide's wrong half: an `unsafe` block without a `// SAFETY:` comment. The workspace denies
// clippy's `undocumented_unsafe_blocks` (root Cargo.toml, [workspace.lints.clippy]), so `cargo clippy`
// rejects this; .ci/run checks that clippy really fails on this file, with that lint.
fn main() {
    let x = 42;
    let p = &x as *const i32;
    let y = unsafe { *p };
    assert_eq!(y, 42);
}
