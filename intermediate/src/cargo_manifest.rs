//! **Q18 · Cargo.** Cargo builds, tests, documents and publishes Rust packages: `Cargo.toml` declares
//! a package and its dependencies as semver ranges, `Cargo.lock` pins the exact versions resolved, and
//! profiles (`[profile.release]`) set how the code is compiled.
//!
//! - A workspace writes versions once, in the root manifest; members say `edition.workspace = true`. Proof: `cargo test -p intermediate --lib cargo_manifest::tests::members_inherit_from_the_workspace`
//! - Commit `Cargo.lock`, for libraries too: Cargo's advice since 2023, and `cargo new --lib` no longer ignores it. Proof: `cargo test -p intermediate --test cargo cargo_new_lib_does_not_ignore_the_lock_file`
//! - Profiles are read from the workspace root only: a member's `[profile]` is ignored with a warning. Proof: `cargo test -p intermediate --test cargo a_member_profile_is_ignored_with_a_warning`
//! - `cargo add` is built in since Rust 1.62; cargo-edit is not needed. Proof: `cargo test -p intermediate --test cargo cargo_add_is_built_into_cargo`
//!
//! # Run it
//! `cargo run --bin cargo_manifest`, then `cargo test -p intermediate --lib cargo_manifest`. Each line of
//! the guide's manifest, then where it lives here, read from the real files.
//!
//! # Differences from the guide
//! - `cargo add` is not cargo-edit any more: [ERRATA.md, Q18](../../ERRATA.md#q18).
//! - Commit `Cargo.lock` for every kind of package: [ERRATA.md, Q18](../../ERRATA.md#q18).
//! - Current edition and versions; tokio without `"full"`: [ERRATA.md, Q18](../../ERRATA.md#q18).
//!
//! # More to explore
//! - The manifests are embedded with `include_str!` (rebuilt whenever one changes) and parsed with the
//!   `toml` crate; the member's `[package]` and `[features]` go into a typed `serde` struct
//!   ([`MemberManifest`]). A manifest that is not TOML is reported with the parser's message.
//! - The guide's `opt-level = 3` is already the release profile's default; this workspace's profiles are
//!   Q40's subject (`cargo run --bin build_profiles`).
//! - The workspace uses `resolver = "3"`, edition 2024's default: it prefers dependency versions whose
//!   `rust-version` fits the toolchain.
//! - Downstream users of a library never use its lock file; test against the newest dependencies in a
//!   separate CI job.
//!
//! # Follow-up
//! "What are Cargo features and how do you use them for conditional compilation?": [`follow_up`],
//! `cargo run --bin cargo_features`.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::{Table, Value};

pub mod follow_up;

pub fn main() {
    println!("The guide's manifest, and where each setting lives in this workspace:");
    for lookup in LOOKUPS {
        for line in describe(lookup) {
            println!("{line}");
        }
    }
    println!("guide: [profile.release] opt-level = 3, lto = true, strip = true");
    println!(
        "  here: Cargo.toml (profiles are read from the workspace root only); see `cargo run --bin build_profiles`"
    );
    let member_profiles = parse_member(CRATE_MANIFEST)
        .map(|member| member.profile.is_some())
        .unwrap_or_else(|why| panic!("intermediate/Cargo.toml is not valid TOML: {why}"));
    println!("  intermediate/Cargo.toml has a [profile] table: {member_profiles}");

    println!("Cargo.lock: one file at the workspace root, shared by all members");
    println!(
        "  .gitignore ignores Cargo.lock: {} (it is committed)",
        ignores_lock_file(GITIGNORE)
    );

    println!("Commands (the guide's list, corrected):");
    for (command, note) in COMMANDS {
        println!("  {command:<32} # {note}");
    }
}

/// The workspace's root manifest, as compiled into this binary.
pub const ROOT_MANIFEST: &str = include_str!("../../Cargo.toml");
/// This crate's manifest, as compiled into this binary.
pub const CRATE_MANIFEST: &str = include_str!("../Cargo.toml");
/// The workspace's `.gitignore`.
pub const GITIGNORE: &str = include_str!("../../.gitignore");

/// The parts of a member's manifest this example reads as typed data.
#[derive(Debug, Deserialize)]
pub struct MemberManifest {
    pub package: Package,
    /// A member may write `[profile.*]` tables, but Cargo ignores them (with a warning).
    pub profile: Option<Table>,
    #[serde(default)]
    pub features: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
pub struct Package {
    pub name: String,
}

/// Parses a manifest into a generic TOML table; a bad one gives the parser's message.
pub fn parse(text: &str) -> Result<Table, String> {
    toml::from_str(text).map_err(|e| e.message().to_owned())
}

/// Parses a member manifest into [`MemberManifest`].
pub fn parse_member(text: &str) -> Result<MemberManifest, String> {
    toml::from_str(text).map_err(|e| e.message().to_owned())
}

/// `key` in the (possibly dotted) `table` of a parsed manifest, written back as one TOML line.
pub fn setting(manifest: &Table, table: &str, key: &str) -> Option<String> {
    let mut current = manifest;
    for part in table.split('.') {
        current = current.get(part)?.as_table()?;
    }
    current.get(key).map(|value| entry(key, value))
}

/// `key = value`, or `key.workspace = true` for a value inherited from the workspace.
fn entry(key: &str, value: &Value) -> String {
    match value.as_table() {
        Some(t) if t.len() == 1 && t.get("workspace") == Some(&Value::Boolean(true)) => {
            format!("{key}.workspace = true")
        }
        _ => format!("{key} = {}", inline(value)),
    }
}

/// A value in TOML's inline syntax. Tables list `version` first, then the other keys in order.
fn inline(value: &Value) -> String {
    match value {
        Value::String(s) => format!("{s:?}"),
        Value::Integer(i) => i.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Boolean(b) => b.to_string(),
        Value::Datetime(d) => d.to_string(),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(inline).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Table(t) => {
            let mut keys: Vec<&String> = t.keys().collect();
            keys.sort_by_key(|k| (k.as_str() != "version", k.as_str()));
            let fields: Vec<String> = keys.iter().map(|k| entry(k, &t[k.as_str()])).collect();
            format!("{{ {} }}", fields.join(", "))
        }
    }
}

/// One setting of the guide's manifest and where it is found in this workspace.
pub struct Lookup {
    pub guide: &'static str,
    /// `(file label, file text, table, key)` tried in order; all that are found are printed.
    pub places: &'static [(&'static str, &'static str, &'static str, &'static str)],
}

/// The guide's manifest, line by line, with where each line's setting lives here.
pub const LOOKUPS: &[Lookup] = &[
    Lookup {
        guide: "[package] name = \"my-api\"",
        places: &[("intermediate/Cargo.toml", CRATE_MANIFEST, "package", "name")],
    },
    Lookup {
        guide: "version = \"0.1.0\"",
        places: &[
            (
                "intermediate/Cargo.toml",
                CRATE_MANIFEST,
                "package",
                "version",
            ),
            ("Cargo.toml", ROOT_MANIFEST, "workspace.package", "version"),
        ],
    },
    Lookup {
        guide: "edition = \"2021\"",
        places: &[
            (
                "intermediate/Cargo.toml",
                CRATE_MANIFEST,
                "package",
                "edition",
            ),
            ("Cargo.toml", ROOT_MANIFEST, "workspace.package", "edition"),
        ],
    },
    Lookup {
        guide: "serde = { version = \"1.0\", features = [\"derive\"] }",
        places: &[(
            "Cargo.toml",
            ROOT_MANIFEST,
            "workspace.dependencies",
            "serde",
        )],
    },
    Lookup {
        guide: "tokio = { version = \"1\", features = [\"full\"] }",
        places: &[(
            "Cargo.toml",
            ROOT_MANIFEST,
            "workspace.dependencies",
            "tokio",
        )],
    },
    Lookup {
        guide: "reqwest = { version = \"0.12\", features = [\"json\"] }",
        places: &[(
            "Cargo.toml",
            ROOT_MANIFEST,
            "workspace.dependencies",
            "reqwest",
        )],
    },
    Lookup {
        guide: "[dev-dependencies] criterion = \"0.5\"",
        places: &[
            (
                "intermediate/Cargo.toml",
                CRATE_MANIFEST,
                "dev-dependencies",
                "criterion",
            ),
            (
                "Cargo.toml",
                ROOT_MANIFEST,
                "workspace.dependencies",
                "criterion",
            ),
        ],
    },
];

/// The lines the binary prints for one [`Lookup`].
pub fn describe(lookup: &Lookup) -> Vec<String> {
    let mut lines = vec![format!("guide: {}", lookup.guide)];
    for (file, text, table, key) in lookup.places {
        let line = match parse(text) {
            Err(why) => format!("  here: {file} is not valid TOML: {why}"),
            Ok(manifest) => match setting(&manifest, table, key) {
                Some(found) => format!("  here: {file} [{table}] {found}"),
                None => format!("  here: {file} [{table}] has no `{key}`"),
            },
        };
        lines.push(line);
    }
    lines
}

/// Whether a `.gitignore` text ignores `Cargo.lock`.
pub fn ignores_lock_file(gitignore: &str) -> bool {
    gitignore
        .lines()
        .map(str::trim)
        .any(|l| l.trim_start_matches('/') == "Cargo.lock")
}

/// The guide's command list as it is true today, with this workspace's package names.
pub const COMMANDS: &[(&str, &str)] = &[
    (
        "cargo new my-project",
        "create a new package (with git and .gitignore)",
    ),
    ("cargo build", "debug build"),
    ("cargo build --release", "optimized build"),
    ("cargo run --bin cargo_manifest", "build + run one binary"),
    ("cargo test --workspace", "run every test of every member"),
    ("cargo doc --open", "generate + open docs"),
    ("cargo clippy", "lint for idioms"),
    ("cargo fmt", "format code"),
    (
        "cargo add serde -p intermediate",
        "add a dependency: built into Cargo since 1.62",
    ),
    ("cargo update", "update Cargo.lock within the semver ranges"),
];

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
[package]
name = "my-api"  # the crate name
version.workspace = true

[dependencies]
serde = { version = "1.0", features = ["derive"] }
serde_json = "1"
"#;

    #[test]
    fn finds_keys_in_their_table_only() {
        let sample = parse(SAMPLE).unwrap();
        let found = |table, key| setting(&sample, table, key);
        assert_eq!(
            found("package", "name").as_deref(),
            Some("name = \"my-api\"")
        );
        assert_eq!(
            found("package", "version").as_deref(),
            Some("version.workspace = true")
        );
        assert_eq!(
            found("dependencies", "serde").as_deref(),
            Some("serde = { version = \"1.0\", features = [\"derive\"] }")
        );
        assert_eq!(
            found("dependencies", "serde_json").as_deref(),
            Some("serde_json = \"1\"")
        );
        assert_eq!(found("dependencies", "name"), None);
        assert_eq!(found("dev-dependencies", "serde"), None);
    }

    #[test]
    fn a_missing_setting_is_reported_not_a_panic() {
        let lookup = Lookup {
            guide: "x",
            places: &[("f", SAMPLE, "package", "edition")],
        };
        assert_eq!(
            describe(&lookup),
            ["guide: x", "  here: f [package] has no `edition`"]
        );
    }

    #[test]
    fn a_manifest_that_is_not_toml_is_reported_with_the_parsers_message() {
        let lookup = Lookup {
            guide: "x",
            places: &[("bad", "[package\nname = 1", "package", "name")],
        };
        let lines = describe(&lookup);
        assert!(
            lines[1].starts_with("  here: bad is not valid TOML: "),
            "{lines:?}"
        );
        assert!(
            parse_member("[package]\nversion = \"1\"").is_err(),
            "no name"
        );
    }

    #[test]
    fn every_guide_setting_is_found_in_the_real_manifests() {
        for lookup in LOOKUPS {
            for (file, text, table, key) in lookup.places {
                let manifest = parse(text).unwrap_or_else(|why| panic!("{file}: {why}"));
                assert!(
                    setting(&manifest, table, key).is_some(),
                    "{file} [{table}] {key} not found"
                );
            }
        }
    }

    #[test]
    fn members_inherit_from_the_workspace() {
        let member = parse(CRATE_MANIFEST).unwrap();
        let root = parse(ROOT_MANIFEST).unwrap();
        assert_eq!(
            setting(&member, "package", "edition").as_deref(),
            Some("edition.workspace = true")
        );
        assert_eq!(
            setting(&root, "workspace.package", "edition").as_deref(),
            Some("edition = \"2024\"")
        );
    }

    #[test]
    fn the_member_manifest_reads_as_typed_data() {
        let member = parse_member(CRATE_MANIFEST).unwrap();
        assert_eq!(member.package.name, "intermediate");
        assert!(
            member.profile.is_none(),
            "profiles belong in the root manifest"
        );
        assert_eq!(member.features["verbose"], Vec::<String>::new());
    }

    #[test]
    fn the_lock_file_is_not_ignored() {
        assert!(!ignores_lock_file(GITIGNORE));
        assert!(ignores_lock_file("/target\nCargo.lock\n"));
        assert!(ignores_lock_file("/Cargo.lock"));
    }
}
