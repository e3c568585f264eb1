//! Q18 — Cargo: the manifest (`Cargo.toml`), the lock file, profiles and the everyday commands.
//!
//! The guide shows the manifest of an imaginary `my-api`. This workspace *is* a real Cargo project, so
//! `cargo run --bin cargo_manifest` takes each setting of the guide's manifest and prints where it lives
//! here and what it says, read from the real files (embedded with `include_str!` when this crate is
//! compiled, so the output is deterministic and rebuilt whenever a manifest changes). What to notice:
//! - In a workspace, a member's `Cargo.toml` says `version.workspace = true`, `serde.workspace = true`:
//!   versions, edition and dependency versions are written once, in the root `Cargo.toml`
//!   (`[workspace.package]`, `[workspace.dependencies]`), and members only add features.
//! - `Cargo.lock` sits at the workspace root, one for all members, and is committed.
//! - Profiles (`[profile.release]`) are only read from the root manifest; a `[profile]` table in a member
//!   is ignored with a warning. This workspace's release profiles are Q40's subject
//!   (`cargo run --bin build_profiles`), so this binary only says where they live.
//!
//! Where this differs from the guide (see the README errata):
//! - The guide's `# cargo add serde # add dependency (cargo-edit)`: `cargo add` has been part of Cargo
//!   itself since Rust 1.62 (2022); installing cargo-edit is not needed. `tests/cargo.rs` runs
//!   `cargo add --help` with the pinned toolchain's own Cargo to prove it.
//! - The guide's rule "commit Cargo.lock for applications, don't commit for libraries" is the pre-2023
//!   advice. In August 2023 the Cargo team changed its guidance: do what is best for the project, with
//!   committing `Cargo.lock` as the starting point for every kind of package (it makes CI and `git
//!   bisect` reproducible), and test against the latest dependencies separately; since Rust 1.74
//!   (nightly-2023-08-24) `cargo new --lib` no longer puts `Cargo.lock` in `.gitignore`;
//!   `tests/cargo.rs` runs `cargo new --lib` and checks its `.gitignore`. Downstream users of a library
//!   never use its lock file either way.
//! - The guide's versions are dated: `edition = "2021"` (2024 is current and used here), `criterion =
//!   "0.5"` (0.8 here), `reqwest = "0.12"` (0.13 here). `tokio` with `features = ["full"]` compiles every
//!   part of tokio; here the root manifest sets `default-features = false` and lists, once, the eight
//!   features the workspace uses (none of `fs`, `io-std`, `process`, `signal`, `parking_lot`), which
//!   keeps the clean build short. One list for all members rather than one per member, so that `cargo
//!   run --bin X` and `cargo test --workspace` build the same tokio (the root `Cargo.toml` says why).
//!
//! Follow-up (Cargo features, conditional compilation): [`follow_up`], `cargo run --bin cargo_features`.

pub mod follow_up;

/// The workspace's root manifest, as compiled into this binary.
pub const ROOT_MANIFEST: &str = include_str!("../../Cargo.toml");
/// This crate's manifest, as compiled into this binary.
pub const CRATE_MANIFEST: &str = include_str!("../Cargo.toml");
/// The workspace's `.gitignore`.
pub const GITIGNORE: &str = include_str!("../../.gitignore");

/// Finds `key` in `[table]` of a TOML text and returns its whole line (without a trailing comment).
///
/// This is a line scanner for the one-line `key = value` / `key.workspace = true` entries this example
/// looks up, not a TOML parser: multi-line values return their first line.
pub fn setting<'a>(toml: &'a str, table: &str, key: &str) -> Option<&'a str> {
    let mut current = "";
    for line in toml.lines().map(str::trim) {
        if line.starts_with('[') {
            current = line.trim_start_matches('[').trim_end_matches(']');
            continue;
        }
        if current != table || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix(key)
            && rest.starts_with([' ', '=', '.'])
        {
            return Some(strip_comment(line));
        }
    }
    None
}

fn strip_comment(line: &str) -> &str {
    // A `#` inside a quoted string would confuse this; none of the looked-up lines has one.
    line.split(" #").next().unwrap_or(line).trim_end()
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
        match setting(text, table, key) {
            Some(line) => lines.push(format!("  here: {file} [{table}] {line}")),
            None => lines.push(format!("  here: {file} [{table}] has no `{key}`")),
        }
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
    let member_profiles = CRATE_MANIFEST.lines().any(|l| l.starts_with("[profile"));
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
        assert_eq!(
            setting(SAMPLE, "package", "name"),
            Some("name = \"my-api\"")
        );
        assert_eq!(
            setting(SAMPLE, "package", "version"),
            Some("version.workspace = true")
        );
        assert_eq!(
            setting(SAMPLE, "dependencies", "serde"),
            Some("serde = { version = \"1.0\", features = [\"derive\"] }")
        );
        assert_eq!(
            setting(SAMPLE, "dependencies", "serde_json"),
            Some("serde_json = \"1\"")
        );
        assert_eq!(setting(SAMPLE, "dependencies", "name"), None);
        assert_eq!(setting(SAMPLE, "dev-dependencies", "serde"), None);
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
    fn every_guide_setting_is_found_in_the_real_manifests() {
        for lookup in LOOKUPS {
            for (file, text, table, key) in lookup.places {
                assert!(
                    setting(text, table, key).is_some(),
                    "{file} [{table}] {key} not found"
                );
            }
        }
    }

    #[test]
    fn members_inherit_from_the_workspace() {
        assert_eq!(
            setting(CRATE_MANIFEST, "package", "edition"),
            Some("edition.workspace = true")
        );
        assert_eq!(
            setting(ROOT_MANIFEST, "workspace.package", "edition"),
            Some("edition = \"2024\"")
        );
    }

    #[test]
    fn the_lock_file_is_not_ignored() {
        assert!(!ignores_lock_file(GITIGNORE));
        assert!(ignores_lock_file("/target\nCargo.lock\n"));
        assert!(ignores_lock_file("/Cargo.lock"));
    }
}
