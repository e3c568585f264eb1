//! Q40 — Compile time and binary size: what each profile setting costs and buys.
//!
//! The guide's two profiles are real here, in the workspace's root `Cargo.toml` (profiles in a member's
//! manifest are ignored): `release-fast` (opt-level 3, fat LTO, one codegen unit, strip, abort) and
//! `release-small` (opt-level "z", LTO, one codegen unit, strip, abort), plus `profiling` (release with
//! debug info, used by Q37). `cargo run --bin build_profiles` prints them, parsed from the manifest this
//! binary was compiled with, so the output is exact and changes only when the manifest does.
//!
//! The sizes and build times are measured by a script that builds one real binary (`tokio_tuning`: tokio's
//! multi-thread runtime, `format!`, threads) from a clean target directory under each profile:
//!
//! ```text
//! bash performance/scripts/profile-sizes.sh
//! ```
//!
//! | build of `tokio_tuning` | the guide (its own app) | size here | clean build time here |
//! | --- | --- | --- | --- |
//! | dev (`cargo build`) | — | 7.77 MB | 16 s |
//! | default release | ~8.5 MB | 1.05 MB | 26 s |
//! | release + strip + LTO | ~2.1 MB | 0.61 MB | 27 s |
//! | + `opt-level = "z"`, `codegen-units = 1` (`release-small` with `panic = "unwind"`) | ~1.4 MB | 0.50 MB | 23 s |
//! | + `panic = "abort"` (`release-small`) | ~1.2 MB | 0.45 MB (9% less than with unwinding) | 23 s |
//! | `release-fast` (opt-level 3, fat LTO, 1 codegen unit, strip, abort) | — | 0.52 MB | 27 s |
//!
//! Rust 1.95.0, 2 cores, one run of the script (the run recorded in `performance/CLAIMS.md`, rows 34, 35
//! and 37). Build times are rough: in this run every release-type profile built in 23-27 s, dependencies
//! included; an earlier run on the same machine, shared with other builds, took 29-48 s for them, with
//! `release-fast` (one codegen unit, fat LTO) the slowest at 48 s against 33 s for plain release: 1.5x,
//! not the guide's "5-10x slower" (a clean build is mostly dependencies). The sizes hold for this
//! toolchain and these dependency versions. The shape of the guide's ladder holds (strip and LTO matter
//! most, then `opt-level = "z"`, then abort, about the guide's 10%), but every step starts from a binary
//! eight times smaller than its 8.5 MB.
//!
//! Where this differs from the guide:
//! - The guide writes its speed profile into `[profile.release]`. Here it is `release-fast`, so that plain
//!   `--release` (used by `cargo bench` and everyday runs) keeps building in parallel codegen units.
//! - The guide's ladder (8.5 MB → 2.1 MB → 1.4 MB → 1.2 MB) is not what today's toolchain produces; the
//!   table above is. Since Rust 1.77 release builds already strip debug info from the standard library
//!   (`strip = "debuginfo"` by default), so the default release binary is nowhere near 8.5 MB to begin with.
//! - UPX is not measured: it is not a Cargo setting, and compressed executables trade start-up time and
//!   memory sharing for the smaller file.
//!
//! Follow-up (PGO): [`follow_up`], `cargo run --bin pgo`.

/// The root manifest of the workspace, as it was when this binary was compiled.
pub const ROOT_MANIFEST: &str = include_str!("../../Cargo.toml");

/// One `[profile.NAME]` table: its name and its `key = value` lines, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub settings: Vec<(String, String)>,
}

impl Profile {
    /// The raw TOML value of `key`, if the profile sets it.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.settings
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// The `[profile.*]` tables of a manifest, read with the workspace's small TOML reader
/// (`basics::manifest`); package-specific overrides (`[profile.dev.package."*"]`) are reported under
/// their full name.
pub fn parse_profiles(manifest: &str) -> Vec<Profile> {
    basics::manifest::parse_tables(manifest)
        .into_iter()
        .filter_map(|table| {
            let name = table.name.strip_prefix("profile.")?.to_string();
            let settings = table
                .entries
                .into_iter()
                .map(|e| (e.key, e.value))
                .collect();
            Some(Profile { name, settings })
        })
        .collect()
}

/// The guide's typical-results ladder, for comparison with `scripts/profile-sizes.sh`.
pub const GUIDE_LADDER: [(&str, &str); 5] = [
    ("default release", "~8.5 MB"),
    ("with strip + LTO", "~2.1 MB"),
    ("with opt-level=\"z\"", "~1.4 MB"),
    ("with panic=\"abort\"", "~1.2 MB"),
    ("UPX compressed", "~450 KB"),
];

pub fn main() {
    println!("profiles in the workspace's Cargo.toml:");
    for profile in parse_profiles(ROOT_MANIFEST) {
        let settings: Vec<String> = profile
            .settings
            .iter()
            .map(|(k, v)| format!("{k} = {v}"))
            .collect();
        println!("  [profile.{}] {}", profile.name, settings.join(", "));
    }
    println!("build one with: cargo build --profile release-small --bin tokio_tuning");
    println!("the guide's typical results:");
    for (step, size) in GUIDE_LADDER {
        println!("  {step}: {size}");
    }
    println!("measured sizes and build times: bash performance/scripts/profile-sizes.sh");
}

pub mod follow_up;

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(name: &str) -> Profile {
        parse_profiles(ROOT_MANIFEST)
            .into_iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("root Cargo.toml has no [profile.{name}]"))
    }

    #[test]
    fn the_guides_size_profile_is_real() {
        let p = profile("release-small");
        assert_eq!(p.get("inherits"), Some("\"release\""));
        assert_eq!(p.get("opt-level"), Some("\"z\""));
        assert_eq!(p.get("lto"), Some("true"));
        assert_eq!(p.get("codegen-units"), Some("1"));
        assert_eq!(p.get("strip"), Some("true"));
        assert_eq!(p.get("panic"), Some("\"abort\""));
    }

    #[test]
    fn the_guides_speed_profile_is_real() {
        let p = profile("release-fast");
        assert_eq!(p.get("opt-level"), Some("3"));
        assert_eq!(p.get("lto"), Some("\"fat\""));
        assert_eq!(p.get("codegen-units"), Some("1"));
    }

    #[test]
    fn the_profiling_profile_keeps_debug_info() {
        let p = profile("profiling");
        assert_eq!(p.get("inherits"), Some("\"release\""));
        assert_eq!(p.get("debug"), Some("true"));
    }

    #[test]
    fn the_reader_handles_comments_and_other_tables() {
        let toml = "[package]\nname = \"x\"\n[profile.a]  # c\nopt-level = \"s\" # size\nx = \"#\"\n[dependencies]\ny = 1\n";
        assert_eq!(
            parse_profiles(toml),
            vec![Profile {
                name: "a".into(),
                settings: vec![
                    ("opt-level".into(), "\"s\"".into()),
                    ("x".into(), "\"#\"".into())
                ]
            }]
        );
    }
}
