//! Q31 — Cargo workspaces. The example is this very workspace: its root `Cargo.toml` lists the member
//! crates, holds the shared package metadata, dependency versions, lints and profiles, and there is one
//! `Cargo.lock` and one `target/` for all members.
//!
//! Run `cargo run --bin workspaces`. It prints the workspace's own layout, read from the root
//! `Cargo.toml` embedded at compile time (`include_str!`), so the output does not depend on the
//! directory you run it from. What to notice: the members, what every member inherits
//! (`[workspace.package]`), the internal library shared by path (`basics`, whose counting allocator
//! several levels use: the guide's "code sharing" benefit), and that profiles live only at the root.
//!
//! The guide's claims are tested against the real workspace, not against a sample:
//! - every member writes `edition.workspace = true` and `<dep>.workspace = true` for every registry
//!   dependency (read from each member's `Cargo.toml`);
//! - `cargo metadata --no-deps` (run from the test with the same cargo) shows every member resolved to
//!   the root's edition, and every dependency requirement equal to the root's;
//! - `Cargo.lock` (one, at the root) resolves each direct dependency of the members to exactly one
//!   version, and never holds two semver-compatible versions of a direct dependency.
//!
//! Where this differs from the guide: the guide's `api-server/Cargo.toml` still writes
//! `edition = "2021"` and `version = "0.1.0"` by hand; here members inherit them
//! (`edition.workspace = true`) — the same mechanism as `.workspace = true` for dependencies, which is
//! the follow-up's answer. And "all crates use identical dependency versions" holds for the members'
//! own dependencies only: `Cargo.lock` does hold `syn` 2 *and* `syn` 3, because third-party proc
//! macros (serde_derive, thiserror-impl, tokio-macros on 3; mockall_derive, zerocopy-derive on 2)
//! disagree on a major version; no workspace setting can unify two semver-incompatible versions. The
//! test checks exactly what the workspace can guarantee.
//!
//! The guide's root also enables `tokio`'s `full` feature for everyone (all of tokio compiled for code
//! that uses a fraction of it); here the root says `default-features = false` and lists the eight
//! features the members use. One list, at the root, on purpose: features are additive and unified over
//! whatever one command builds, so with per-member lists `cargo test --workspace` (every member's
//! features together) and `cargo run --bin X` (one member's) built different tokios, and Q25's printed
//! future sizes depended on the command.
//!
//! The root manifest is edited whenever a member gains a dependency, so this binary's stored output
//! (`tests/cmd/workspaces.stdout`, `workspace_dependencies.stdout`) must be refreshed with
//! `TRYCMD=overwrite cargo test -p experienced --test outputs` when it changes.
//!
//! Follow-up (`[workspace.dependencies]` and drift): [`follow_up`], `cargo run --bin workspace_dependencies`.

/// The root `Cargo.toml` of this workspace, as it was when this crate was compiled.
pub const ROOT_MANIFEST: &str = include_str!("../../Cargo.toml");
/// This crate's own `Cargo.toml`: a member that inherits everything.
pub const MEMBER_MANIFEST: &str = include_str!("../Cargo.toml");

// The small TOML reader that Q31 and Q40 share lives with the other shared tools in `basics`.
pub use basics::manifest::{Entry, Table, parse_tables};

/// The quoted strings in a value: `["a", "b"]` → `[a, b]`, `"1.0"` → `[1.0]`.
pub fn quoted_strings(value: &str) -> Vec<String> {
    value
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The value of `key = "..."` inside an inline table `{ key = "...", ... }`.
pub fn inline_field(value: &str, key: &str) -> Option<String> {
    let inner = value.trim().strip_prefix('{')?.strip_suffix('}')?;
    // Split on commas outside brackets and strings.
    let (mut depth, mut in_string, mut start) = (0, false, 0);
    let mut parts = Vec::new();
    for (i, c) in inner.char_indices() {
        match c {
            '"' => in_string = !in_string,
            '[' | '{' if !in_string => depth += 1,
            ']' | '}' if !in_string => depth -= 1,
            ',' if !in_string && depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts.into_iter().find_map(|part| {
        let (k, v) = part.split_once('=')?;
        (k.trim() == key).then(|| v.trim().trim_matches('"').to_string())
    })
}

fn table<'a>(tables: &'a [Table], name: &str) -> Option<&'a Table> {
    tables.iter().find(|t| t.name == name)
}

/// `[workspace] members`, in the order written.
pub fn members(root_manifest: &str) -> Vec<String> {
    let tables = parse_tables(root_manifest);
    table(&tables, "workspace")
        .and_then(|t| t.get("members"))
        .map(quoted_strings)
        .unwrap_or_default()
}

/// One entry of `[workspace.dependencies]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedDependency {
    pub name: String,
    /// The version requirement, if it is a registry dependency.
    pub version: Option<String>,
    /// The path, if it is a workspace-internal crate.
    pub path: Option<String>,
    /// `default-features = false` and `features = [...]` as written, if any.
    pub features: Option<String>,
    pub default_features: bool,
}

/// `[workspace.dependencies]`, in the order written.
pub fn shared_dependencies(root_manifest: &str) -> Vec<SharedDependency> {
    let tables = parse_tables(root_manifest);
    let Some(deps) = table(&tables, "workspace.dependencies") else {
        return Vec::new();
    };
    deps.entries
        .iter()
        .map(|e| {
            let inline = e.value.starts_with('{');
            SharedDependency {
                name: e.key.clone(),
                version: if inline {
                    inline_field(&e.value, "version")
                } else {
                    quoted_strings(&e.value).into_iter().next()
                },
                path: inline.then(|| inline_field(&e.value, "path")).flatten(),
                features: inline.then(|| inline_field(&e.value, "features")).flatten(),
                default_features: inline_field(&e.value, "default-features")
                    .is_none_or(|v| v != "false"),
            }
        })
        .collect()
}

/// How a member declares one dependency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberDependency {
    /// `dependencies`, `dev-dependencies`, `build-dependencies`, or a `target.'cfg'.…` variant.
    pub section: String,
    pub name: String,
    /// `name.workspace = true` or `name = { workspace = true, ... }`.
    pub inherited: bool,
    /// `name = { path = "..." }` without `workspace = true`.
    pub path: Option<String>,
}

/// Every dependency line of a member's `Cargo.toml`.
pub fn member_dependencies(manifest: &str) -> Vec<MemberDependency> {
    let mut out = Vec::new();
    for t in parse_tables(manifest) {
        if !t.name.ends_with("dependencies") {
            continue;
        }
        for e in &t.entries {
            let (name, inherited) = match e.key.strip_suffix(".workspace") {
                Some(name) => (name.to_string(), e.value == "true"),
                None => (
                    e.key.clone(),
                    inline_field(&e.value, "workspace").as_deref() == Some("true"),
                ),
            };
            out.push(MemberDependency {
                section: t.name.clone(),
                name,
                inherited,
                path: inline_field(&e.value, "path"),
            });
        }
    }
    out
}

/// The `[package]` keys a member inherits with `key.workspace = true`.
pub fn inherited_package_keys(manifest: &str) -> Vec<String> {
    parse_tables(manifest)
        .iter()
        .filter(|t| t.name == "package")
        .flat_map(|t| &t.entries)
        .filter(|e| e.value == "true")
        .filter_map(|e| e.key.strip_suffix(".workspace").map(str::to_string))
        .collect()
}

/// One `[[package]]` of `Cargo.lock`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockedPackage {
    pub name: String,
    pub version: String,
    /// `None` for workspace members (no `source`).
    pub source: Option<String>,
    /// As written: `"name"` or `"name version"` when the name alone is ambiguous.
    pub dependencies: Vec<String>,
}

/// Every `[[package]]` of a `Cargo.lock`.
pub fn locked_packages(lock: &str) -> Vec<LockedPackage> {
    parse_tables(lock)
        .into_iter()
        .filter(|t| t.name == "package")
        .map(|t| LockedPackage {
            name: t
                .get("name")
                .map(quoted_strings)
                .unwrap_or_default()
                .concat(),
            version: t
                .get("version")
                .map(quoted_strings)
                .unwrap_or_default()
                .concat(),
            source: t.get("source").map(|s| quoted_strings(s).concat()),
            dependencies: t
                .get("dependencies")
                .map(quoted_strings)
                .unwrap_or_default(),
        })
        .collect()
}

/// The "major" part that makes two versions semver-compatible: `1.2.3` → `1`, `0.9.1` → `0.9`.
pub fn semver_compat_key(version: &str) -> String {
    let mut parts = version.split('.');
    let major = parts.next().unwrap_or("");
    if major == "0" {
        format!("0.{}", parts.next().unwrap_or(""))
    } else {
        major.to_string()
    }
}

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
