//! Q31 main example: `cargo run --bin workspaces`. The code is in `experienced/src/workspaces.rs`.
fn main() {
    experienced::workspaces::main();
}
