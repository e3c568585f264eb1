//! **Q31 follow-up · Workspace dependencies.** `[workspace.dependencies]` writes each dependency's
//! version requirement and base features once, at the root, and `name.workspace = true` makes every
//! member use exactly that line, so requirements cannot drift apart and a bump is a one-line diff.
//!
//! - A member cannot pick another version: `{ workspace = true, version = "0.2" }` is ignored, and
//!   `cargo check` warns `unused manifest key`. Proof: `cargo test -p experienced --lib workspaces::tests::a_member_cannot_override_the_workspace_version`
//! - The shared `Cargo.lock` alone already gives members one version per semver-compatible range; what
//!   the table adds is one *requirement* (minimum versions, the major, base features). Proof: `cargo test -p experienced --lib workspaces::tests::a_shared_lock_already_unifies_compatible_requirements_but_not_majors`
//! - Every member here inherits every registry dependency, checked against the real manifests and
//!   `cargo metadata`. Proof: `cargo test -p experienced --lib workspaces::tests::cargo_metadata_shows_the_roots_edition_and_requirements_in_every_member`
//!
//! # Run it
//! `cargo run --bin workspace_dependencies`: the root's table, and this member's lines with no version
//! anywhere. The table changes when the root gains a dependency (refresh with `TRYCMD=overwrite`).
//!
//! # Differences from the guide
//! None: the guide asks the question without code.
//!
//! # More to explore
//! - Features are additive: `tokio = { workspace = true, features = ["rt"] }` adds to the root's list
//!   and can never remove one, which is why this workspace keeps tokio's whole list at the root.
//! - Drift that does produce two copies is a major-version split (`syn` 2 and 3 here); the table keeps
//!   the members' own requirement on one major, but dependencies of dependencies can still split:
//!   `cargo tree -d`.
//! - Minimum versions matter when members are published or built with `-Z minimal-versions`: with one
//!   requirement at the root, no member silently relies on a newer patch than it asks for.
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
