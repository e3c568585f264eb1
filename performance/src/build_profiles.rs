//! **Q40 · Compile time and binary size.** Keep the dev profile on its fast defaults (and `cargo check`
//! while editing); put fat LTO, one codegen unit, `opt-level = "z"`, `strip` and `panic = "abort"` in
//! named release profiles, each trading build time for speed or size.
//!
//! - The guide's profiles are real named profiles in the root `Cargo.toml` (member profiles are ignored).
//!   Proof: `cargo test -p performance --lib build_profiles::tests::the_guides`
//! - The dev profile keeps its defaults. Proof: `cargo test -p performance --lib build_profiles::tests::the_dev_profile`
//! - Every size step helps (strip and LTO most, abort about a tenth), from a start far below the guide's
//!   (CLAIMS.md rows 34-35). Proof: `bash performance/scripts/profile-sizes.sh`
//! - Fat LTO with one codegen unit barely slows a clean build, but makes the rebuild after an edit about
//!   10x slower than dev (CLAIMS.md rows 37 and 44). Proof: `bash performance/scripts/rebuild-times.sh`
//!
//! # Run it
//! `cargo run --bin build_profiles` prints the profiles parsed from its own manifest, and the guide's ladder.
//!
//! # Differences from the guide
//! - A named speed profile, not `[profile.release]`: [ERRATA.md, Q40](../../ERRATA.md#q40).
//! - The size ladder starts far lower today: [ERRATA.md, Q40](../../ERRATA.md#q40).
//!
//! # More to explore
//! - `lto = true` means fat LTO (the whole program at link time); `"thin"` is cheaper and nearly as good;
//!   `lto = false`, the release default, still does thin LTO within the crate when it has several codegen
//!   units. `opt-level = "s"` is the milder size setting, `"z"` also turns off loop vectorization.
//! - The script builds one real binary (`tokio_tuning`) from a clean target directory per profile; two of
//!   its steps change two settings at once (strip with LTO, `opt-level` with `codegen-units`), so they
//!   cannot say which setting saved what.
//! - Since Rust 1.77 release builds strip std's debug info by default (`strip = "debuginfo"`), which is
//!   why the default release binary is nowhere near the guide's starting size.
//! - The guide's compile-time tips (`cargo check`, which skips code generation; sccache; splitting into
//!   crates that build in parallel; mold; cranelift) are not timed here.
//! - `cargo bloat --release --crates` shows which crates and functions take the space. UPX is not
//!   measured: it is not a Cargo setting, and a compressed executable trades start-up time and shared
//!   memory for a smaller file.
//!
//! # Follow-up
//! What is PGO (profile-guided optimization) and how do you use it with Rust? [`follow_up`],
//! `cargo run --bin pgo`.

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
    fn the_dev_profile_keeps_its_fast_defaults() {
        let p = profile("dev");
        for key in ["opt-level", "lto", "codegen-units", "incremental"] {
            assert_eq!(p.get(key), None, "[profile.dev] sets {key}");
        }
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
