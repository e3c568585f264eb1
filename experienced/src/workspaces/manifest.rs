//! Reading the workspace's manifests and lock file for Q31: the lesson's binaries and tests call these;
//! the small TOML reader itself is shared with Q40 and lives in `basics::manifest`.

/// The root `Cargo.toml` of this workspace, as it was when this crate was compiled.
pub const ROOT_MANIFEST: &str = include_str!("../../../Cargo.toml");
/// This crate's own `Cargo.toml`: a member that inherits everything.
pub const MEMBER_MANIFEST: &str = include_str!("../../Cargo.toml");

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

/// The table called `name`, if the manifest has one.
pub fn table<'a>(tables: &'a [Table], name: &str) -> Option<&'a Table> {
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
