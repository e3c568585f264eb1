//! Follow-up: how do `[workspace.dependencies]` and `.workspace = true` reduce dependency drift?
//!
//! Drift is two members asking for different versions (or features) of the same crate: one bumps
//! `serde`, the other does not, and the workspace ends up compiling and shipping two copies, or the
//! members quietly disagree on behaviour. With `[workspace.dependencies]` the version requirement and
//! the base features are written **once**, in the root `Cargo.toml`; a member writes only
//! `name.workspace = true` (and may *add* features). So:
//! - one line changes to bump a dependency everywhere, in one reviewable diff;
//! - a member cannot ask for another version: `{ workspace = true, version = "..." }` is not an
//!   override — Cargo warns `unused manifest key: dependencies.<name>.version` and uses the
//!   workspace's requirement (a test builds a scratch workspace and checks this with
//!   `cargo metadata`);
//! - features are additive: a member's `tokio = { workspace = true, features = ["rt"] }` adds to the
//!   root's features and can never remove one. This workspace keeps tokio's whole feature list at the
//!   root (`default-features = false` plus the eight features the members use), so that every command
//!   builds the same tokio: features are unified over what one command builds, and with per-member
//!   lists `cargo test --workspace` and `cargo run --bin X` compiled different tokios;
//! - with one `Cargo.lock`, every member then resolves each requirement to the same version (tested
//!   against this workspace's lock file in `workspaces::tests`).
//!
//! Run `cargo run --bin workspace_dependencies`: the shared dependency table of this workspace and
//! how this member uses it, both read from the manifests embedded at compile time. The table changes
//! whenever a dependency is added at the root; refresh the stored output with
//! `TRYCMD=overwrite cargo test -p experienced --test outputs`.
use super::{MEMBER_MANIFEST, ROOT_MANIFEST, member_dependencies, members, shared_dependencies};

pub fn main() {
    let shared = shared_dependencies(ROOT_MANIFEST);
    println!(
        "[workspace.dependencies] of this workspace: {} entries, one version each",
        shared.len()
    );
    for d in &shared {
        let what = match (&d.version, &d.path) {
            (_, Some(path)) => format!("path \"{path}\" (a member)"),
            (Some(v), None) => format!("\"{v}\""),
            (None, None) => "(no version)".to_string(),
        };
        let mut notes = Vec::new();
        if !d.default_features {
            notes.push("default-features = false".to_string());
        }
        if let Some(f) = &d.features {
            notes.push(format!("features = {f}"));
        }
        let notes = if notes.is_empty() {
            String::new()
        } else {
            format!(", {}", notes.join(", "))
        };
        println!("  {:<20} {what}{notes}", d.name);
    }

    println!("experienced/Cargo.toml uses them like this (no version anywhere):");
    for d in member_dependencies(MEMBER_MANIFEST) {
        println!("  [{}] {}.workspace = {}", d.section, d.name, d.inherited);
    }
    println!(
        "{} members share this table and one Cargo.lock, so a bump is one line in the root Cargo.toml",
        members(ROOT_MANIFEST).len()
    );
}
