//! Q31 follow-up: `cargo run --bin workspace_dependencies`. The code is in `experienced/src/workspaces/follow_up.rs`.
fn main() {
    experienced::workspaces::follow_up::main();
}
