//! Q31's claims, checked against this workspace's real manifests, `cargo metadata` and `Cargo.lock`.
use super::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("experienced lives inside the workspace")
        .to_path_buf()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The same cargo that runs the tests.
fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| env!("CARGO").to_string())
}

/// `cargo metadata` (no dependencies, offline) of the workspace in `dir`, parsed.
fn metadata(dir: &Path) -> serde_json::Value {
    let output = Command::new(cargo())
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(dir)
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .expect("run cargo metadata");
    assert!(
        output.status.success(),
        "cargo metadata failed in {}: {}",
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("metadata JSON")
}

fn root_manifest() -> String {
    read(&root().join("Cargo.toml"))
}

#[test]
fn the_parser_reads_tables_arrays_and_inline_tables() {
    let text = r#"
# comment
[workspace]
members = [
    "a",  # first
    "b/c",
]
[workspace.dependencies]
x = "1.2"   # trailing comment
y = { version = "0.3", default-features = false, features = ["p", "q"] }
z = { path = "z" }
[[package]]
name = "x"
version = "1.2.9"
"#;
    assert_eq!(members(text), ["a", "b/c"]);
    let deps = shared_dependencies(text);
    assert_eq!(deps[0].version.as_deref(), Some("1.2"));
    assert_eq!(deps[1].version.as_deref(), Some("0.3"));
    assert!(!deps[1].default_features);
    assert_eq!(deps[1].features.as_deref(), Some(r#"["p", "q"]"#));
    assert_eq!(deps[2].path.as_deref(), Some("z"));
    assert_eq!(locked_packages(text)[0].version, "1.2.9");
    assert_eq!(semver_compat_key("0.9.1"), "0.9");
    assert_eq!(semver_compat_key("2.0.119"), "2");
}

#[test]
fn the_embedded_manifest_is_the_one_on_disk() {
    // include_str! is tracked by cargo, so the binary always shows the current root manifest.
    assert_eq!(ROOT_MANIFEST, root_manifest());
}

#[test]
fn every_member_inherits_edition_and_every_registry_dependency() {
    let root = root();
    let member_dirs: Vec<PathBuf> = members(&root_manifest())
        .iter()
        .map(|m| root.join(m))
        .collect();
    assert!(member_dirs.len() >= 5, "members: {member_dirs:?}");
    let mut problems = Vec::new();
    for dir in &member_dirs {
        let manifest = read(&dir.join("Cargo.toml"));
        let keys = inherited_package_keys(&manifest);
        if !keys.iter().any(|k| k == "edition") {
            problems.push(format!("{}: no `edition.workspace = true`", dir.display()));
        }
        for dep in member_dependencies(&manifest) {
            if dep.inherited {
                continue;
            }
            // A path dependency on another member has no version to drift; anything else must inherit.
            let to_member = dep.path.as_ref().is_some_and(|p| {
                let target = dir.join(p).canonicalize().ok();
                member_dirs.iter().any(|m| m.canonicalize().ok() == target)
            });
            if !to_member {
                problems.push(format!(
                    "{}: [{}] {} does not use `.workspace = true`",
                    dir.display(),
                    dep.section,
                    dep.name
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn cargo_metadata_shows_the_roots_edition_and_requirements_in_every_member() {
    let meta = metadata(&root());
    let root_manifest = root_manifest();
    let tables = parse_tables(&root_manifest);
    let root_edition = tables
        .iter()
        .find(|t| t.name == "workspace.package")
        .and_then(|t| t.get("edition"))
        .map(|v| v.trim_matches('"').to_string())
        .expect("[workspace.package] edition");
    let shared: BTreeMap<String, SharedDependency> = shared_dependencies(&root_manifest)
        .into_iter()
        .map(|d| (d.name.clone(), d))
        .collect();

    let packages = meta["packages"].as_array().expect("packages");
    assert_eq!(packages.len(), members(&root_manifest).len());
    for p in packages {
        let name = p["name"].as_str().unwrap();
        assert_eq!(p["edition"], root_edition.as_str(), "edition of {name}");
        for dep in p["dependencies"].as_array().unwrap() {
            let dep_name = dep["name"].as_str().unwrap();
            let req = dep["req"].as_str().unwrap();
            if dep["path"].is_string() {
                continue; // a member: resolved by path, no version to drift
            }
            let root_dep = shared.get(dep_name).unwrap_or_else(|| {
                panic!("{name} depends on {dep_name}, which the root does not list")
            });
            let root_req = root_dep
                .version
                .as_deref()
                .expect("a registry version at the root");
            // Cargo writes the inherited requirement in its normalized form: "1.0" -> "^1.0".
            assert_eq!(
                req.trim_start_matches('^'),
                root_req.trim_start_matches('^'),
                "{name}'s requirement for {dep_name}"
            );
        }
    }
}

#[test]
fn cargo_lock_gives_every_member_one_version_of_each_direct_dependency() {
    let lock = locked_packages(&read(&root().join("Cargo.lock")));
    let direct: BTreeSet<String> = shared_dependencies(&root_manifest())
        .into_iter()
        .filter(|d| d.path.is_none())
        .map(|d| d.name)
        .collect();
    let mut versions_in_lock: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for p in &lock {
        versions_in_lock
            .entry(&p.name)
            .or_default()
            .insert(&p.version);
    }

    // What the members resolve to: in a member's entry, "name" alone when unambiguous, else "name version".
    let mut used_by_members: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let member_entries: Vec<&LockedPackage> = lock.iter().filter(|p| p.source.is_none()).collect();
    assert!(
        member_entries.len() >= 5,
        "members in Cargo.lock: {member_entries:?}"
    );
    for member in member_entries {
        for dep in &member.dependencies {
            let mut words = dep.split(' ');
            let name = words.next().unwrap().to_string();
            if !direct.contains(&name) {
                continue;
            }
            let version = match words.next() {
                Some(v) => v.to_string(),
                None => {
                    let all = &versions_in_lock[name.as_str()];
                    assert_eq!(all.len(), 1, "{name} is ambiguous in Cargo.lock");
                    all.iter().next().unwrap().to_string()
                }
            };
            used_by_members.entry(name).or_default().insert(version);
        }
    }
    assert!(used_by_members.len() >= 5, "{used_by_members:?}");
    let drifted: Vec<_> = used_by_members
        .iter()
        .filter(|(_, v)| v.len() > 1)
        .collect();
    assert!(
        drifted.is_empty(),
        "members resolve to different versions: {drifted:?}"
    );

    // Lock-wide: never two semver-compatible versions of a direct dependency. Incompatible majors
    // (syn 2 and 3, pulled by different third-party proc macros) cannot be unified by any setting.
    for name in &direct {
        let Some(all) = versions_in_lock.get(name.as_str()) else {
            continue; // e.g. a target-only dependency not in this lock
        };
        let mut by_compat: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for v in all {
            by_compat.entry(semver_compat_key(v)).or_default().push(v);
        }
        for (compat, vs) in by_compat {
            assert_eq!(
                vs.len(),
                1,
                "{name} {compat}.x is locked at several versions: {vs:?}"
            );
        }
    }
}

#[test]
fn a_member_cannot_override_the_workspace_version() {
    // A scratch workspace: the member asks for version 0.2 of a dependency the root pins to 0.1.
    let dir = std::env::temp_dir().join(format!("q31-drift-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let write = |path: &str, text: &str| {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "Cargo.toml",
        "[workspace]\nresolver = \"3\"\nmembers = [\"app\", \"shared\"]\n\
         [workspace.dependencies]\nshared = { path = \"shared\", version = \"0.1.0\" }\n",
    );
    write(
        "shared/Cargo.toml",
        "[package]\nname = \"shared\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
    );
    write("shared/src/lib.rs", "");
    write(
        "app/Cargo.toml",
        "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\
         [dependencies]\nshared = { workspace = true, version = \"0.2\" }\n",
    );
    write("app/src/lib.rs", "");
    let meta = metadata(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let app = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "app")
        .expect("app package");
    // The workspace's requirement wins; the member's "0.2" is ignored (cargo warns about it on build).
    assert_eq!(app["dependencies"][0]["req"], "^0.1.0");
}

#[test]
fn the_documented_syn_split_is_real() {
    // The module doc and the README erratum say Cargo.lock holds two semver-incompatible `syn`s. If
    // this fails, the ecosystem (or a dependency change) unified them: update both texts.
    let lock = locked_packages(&read(&root().join("Cargo.lock")));
    let majors: BTreeSet<String> = lock
        .iter()
        .filter(|p| p.name == "syn")
        .map(|p| semver_compat_key(&p.version))
        .collect();
    assert!(majors.len() >= 2, "syn majors in Cargo.lock: {majors:?}");
}
