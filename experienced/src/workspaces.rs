//! **Q31 · Cargo workspaces.** A workspace is several crates built together with one `Cargo.lock`, one
//! `target/` and one place for shared settings; this workspace itself is the example.
//!
//! - The root `Cargo.toml` lists the members and what they share: `[workspace.package]`,
//!   `[workspace.dependencies]`, lints, profiles. Proof: `cargo run --bin workspaces`
//! - Members inherit instead of repeating (`edition.workspace = true`, `serde.workspace = true`). Proof: `cargo test -p experienced --lib workspaces::tests::every_member_inherits_edition_and_every_registry_dependency`
//! - One lock means one version per semver-compatible range for every member; two *majors* (here `syn`
//!   2 and 3) are two copies, and `cargo tree -d` finds them. Proof: `cargo test -p experienced --lib workspaces::tests::a_shared_lock_already_unifies_compatible_requirements_but_not_majors`
//! - Crates help build times by caching and pipelining; one crate is not serial (parallel codegen units). Proof: `cargo test -p experienced --lib workspaces::tests::one_crate_is_compiled_in_several_codegen_units`
//!
//! # Run it
//! `cargo run --bin workspaces`, then `cargo test -p experienced --lib workspaces`: this workspace's
//! members, inherited keys and profiles, read from its root `Cargo.toml`.
//!
//! # Differences from the guide
//! - Members inherit `version`/`edition`: [ERRATA.md, Q31](../../ERRATA.md#q31).
//! - Identical versions only per semver range: [ERRATA.md, Q31](../../ERRATA.md#q31).
//! - tokio's features listed, not `full`: [ERRATA.md, Q31](../../ERRATA.md#q31).
//! - One crate is not compiled serially: [ERRATA.md, Q31](../../ERRATA.md#q31).
//!
//! # More to explore
//! - Features are additive and unified over what one command builds: with per-member tokio feature
//!   lists, `cargo test --workspace` and `cargo run --bin X` built different tokios (Q25's printed future
//!   sizes changed with the command). One list at the root fixes it.
//! - Resolver 2 (and 3, this workspace's) stops unifying features of build and dev dependencies with
//!   normal ones; resolver 3 also prefers versions compatible with `rust-version`.
//! - `cargo tree -d` lists duplicate versions, `cargo tree -i syn` who pulls one, `cargo tree -e features`
//!   why a feature is on. `tests::the_direct_dependencies_locked_at_two_majors_are_the_documented_ones`
//!   fails on a new major split.
//! - The root manifest changes whenever a member gains a dependency: refresh the stored outputs with
//!   `TRYCMD=overwrite cargo test -p experienced --test outputs`.
//!
//! # Follow-up
//! How do `[workspace.dependencies]` and `.workspace = true` reduce drift? [`follow_up`],
//! `cargo run --bin workspace_dependencies`.

pub mod manifest;
pub use manifest::*;

pub fn main() {
    let tables = parse_tables(ROOT_MANIFEST);
    let resolver = table(&tables, "workspace")
        .and_then(|t| t.get("resolver"))
        .unwrap_or("(default)");
    let members = members(ROOT_MANIFEST);
    println!("workspace root: Cargo.toml (resolver = {resolver})");
    println!(
        "{} members, one Cargo.lock and one target/ for all of them:",
        members.len()
    );
    for m in &members {
        println!("  {m}");
    }

    println!("[workspace.package], inherited with `key.workspace = true`:");
    if let Some(package) = table(&tables, "workspace.package") {
        for e in &package.entries {
            println!("  {} = {}", e.key, e.value);
        }
    }
    println!(
        "this member (experienced) inherits: {}",
        inherited_package_keys(MEMBER_MANIFEST).join(", ")
    );

    println!("internal crates shared by path (code sharing between members):");
    for d in shared_dependencies(ROOT_MANIFEST) {
        if let Some(path) = d.path {
            println!("  {} = {{ path = \"{path}\" }}", d.name);
        }
    }

    let profiles: Vec<&str> = tables
        .iter()
        .filter_map(|t| t.name.strip_prefix("profile."))
        .collect();
    println!(
        "profiles, only at the root (member profiles are ignored): {}",
        profiles.join(", ")
    );
    let lint_tables: Vec<&str> = tables
        .iter()
        .filter_map(|t| t.name.strip_prefix("workspace.lints."))
        .collect();
    println!(
        "shared lints ([lints] workspace = true): {}",
        lint_tables.join(", ")
    );
    println!(
        "`cargo test --workspace` tests all {} members in one build",
        members.len()
    );
}

pub mod follow_up;

#[cfg(test)]
mod tests;
