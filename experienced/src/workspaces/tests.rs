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

/// Writes `files` (path, text) into a fresh scratch directory and returns it.
fn scratch_workspace(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("q31-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// Runs cargo in `dir`, offline, with its own target directory; returns stderr.
fn cargo_in(dir: &Path, args: &[&str]) -> String {
    let output = Command::new(cargo())
        .args(args)
        .arg("--offline")
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .output()
        .expect("run cargo");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.success(),
        "cargo {args:?} failed in {}: {stderr}",
        dir.display()
    );
    stderr
}

#[test]
fn a_shared_lock_already_unifies_compatible_requirements_but_not_majors() {
    // No [workspace.dependencies] at all: member a asks for anyhow 1.0.50 and syn 2, member b for
    // anyhow 1.0.100 and syn 3. The resolver keeps one version per semver-compatible range, so anyhow
    // is locked once; syn 2 and 3 are incompatible, so both are locked. Offline: both are in the local
    // registry cache, because this workspace's own Cargo.lock holds them.
    let member = |name: &str, anyhow: &str, syn: &str| {
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\
             [dependencies]\nanyhow = \"{anyhow}\"\nsyn = \"{syn}\"\n"
        )
    };
    let (a, b) = (member("a", "1.0.50", "2"), member("b", "1.0.100", "3"));
    let dir = scratch_workspace(
        "lock",
        &[
            (
                "Cargo.toml",
                "[workspace]\nresolver = \"3\"\nmembers = [\"a\", \"b\"]\n",
            ),
            ("a/Cargo.toml", &a),
            ("a/src/lib.rs", ""),
            ("b/Cargo.toml", &b),
            ("b/src/lib.rs", ""),
        ],
    );
    cargo_in(&dir, &["generate-lockfile"]);
    let lock = locked_packages(&read(&dir.join("Cargo.lock")));
    let _ = std::fs::remove_dir_all(&dir);
    let versions = |name: &str| -> Vec<String> {
        lock.iter()
            .filter(|p| p.name == name)
            .map(|p| semver_compat_key(&p.version))
            .collect()
    };
    assert_eq!(
        versions("anyhow"),
        ["1"],
        "one anyhow for 1.0.50 and 1.0.100"
    );
    assert_eq!(
        versions("syn"),
        ["2", "3"],
        "a major-version split is two copies"
    );
}

#[test]
fn the_direct_dependencies_locked_at_two_majors_are_the_documented_ones() {
    // Real drift a shared lock cannot fix: two semver-incompatible versions of one crate
    // (`cargo tree -d` lists them). For this workspace's direct dependencies there are two:
    // - syn 2, pulled by our own advanced-derive (and mockall_derive, zerocopy-derive,
    //   cortex-m-macros), and syn 3, pulled by serde_derive, thiserror-impl and tokio-macros;
    // - rustc-hash 2 (Q37's FxHash, the root's requirement) and rustc-hash 1, pulled by dhat.
    // A new split fails here: unify it or document it.
    let lock = locked_packages(&read(&root().join("Cargo.lock")));
    let direct: BTreeSet<String> = shared_dependencies(&root_manifest())
        .into_iter()
        .filter(|d| d.path.is_none())
        .map(|d| d.name)
        .collect();
    let mut majors: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for p in lock.iter().filter(|p| direct.contains(&p.name)) {
        majors
            .entry(&p.name)
            .or_default()
            .insert(semver_compat_key(&p.version));
    }
    let split: Vec<&str> = majors
        .iter()
        .filter(|(_, m)| m.len() > 1)
        .map(|(name, _)| *name)
        .collect();
    assert_eq!(
        split,
        ["rustc-hash", "syn"],
        "direct dependencies locked at several majors: {majors:?}"
    );
}

#[test]
fn one_crate_is_compiled_in_several_codegen_units() {
    // The guide's "a monolithic crate compiles serially" is not true of code generation: rustc splits
    // a crate into codegen units that LLVM optimises on parallel threads (16 per release crate by
    // default). What stays serial per crate is the frontend (parsing, type and borrow checking), and
    // that is what splitting a workspace into crates lets cargo pipeline.
    let dir = scratch_workspace(
        "cgu",
        &[(
            "many.rs",
            "pub mod a { pub fn f(x: u64) -> u64 { (0..x).map(|i| i * i).sum() } }\n\
             pub mod b { pub fn g(x: u64) -> u64 { (0..x).filter(|i| i % 3 == 0).sum() } }\n\
             pub mod c { pub fn h(v: &[u32]) -> u32 { v.iter().copied().max().unwrap_or(0) } }\n",
        )],
    );
    // Run from the workspace, so that `rustc` is the toolchain rust-toolchain.toml pins.
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    let status = Command::new(rustc)
        .args(["--edition=2024", "--crate-type=lib", "-Ccodegen-units=4"])
        .args(["-Csave-temps", "--emit=obj", "--out-dir"])
        .arg(dir.join("out"))
        .arg(dir.join("many.rs"))
        .current_dir(root())
        .status()
        .expect("run rustc");
    assert!(status.success());
    let units = std::fs::read_dir(dir.join("out"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".rcgu.o"))
        })
        .count();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(units > 1, "codegen units of one crate: {units}");
}

#[test]
fn a_member_cannot_override_the_workspace_version() {
    // A scratch workspace: the member asks for version 0.2 of a dependency the root pins to 0.1.
    let dir = scratch_workspace(
        "drift",
        &[
            (
                "Cargo.toml",
                "[workspace]\nresolver = \"3\"\nmembers = [\"app\", \"shared\"]\n\
                 [workspace.dependencies]\nshared = { path = \"shared\", version = \"0.1.0\" }\n",
            ),
            (
                "shared/Cargo.toml",
                "[package]\nname = \"shared\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
            ),
            ("shared/src/lib.rs", ""),
            (
                "app/Cargo.toml",
                "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\
                 [dependencies]\nshared = { workspace = true, version = \"0.2\" }\n",
            ),
            ("app/src/lib.rs", ""),
        ],
    );
    let meta = metadata(&dir);
    // `cargo metadata` says nothing; a build reads the manifest for real and warns.
    let build = cargo_in(&dir, &["check"]);
    let _ = std::fs::remove_dir_all(&dir);
    let app = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "app")
        .expect("app package");
    // The workspace's requirement wins; the member's "0.2" is ignored.
    assert_eq!(app["dependencies"][0]["req"], "^0.1.0");
    assert!(
        build.contains("unused manifest key: dependencies.shared.version"),
        "cargo check said: {build}"
    );
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
