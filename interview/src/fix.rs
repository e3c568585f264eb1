//! Fix it, rustlings-style: a compile-fail case's program is copied to a git-ignored exercise file; the
//! candidate edits it until it compiles (and runs without failing its assertions). `check` compiles it with
//! the pinned `rustc` (edition 2024); a case that uses its crate or a workspace dependency is compiled
//! against the rlibs `cargo build -p <crate> --lib` produces. Hints come in three steps: the stored rustc
//! message, the question's explanation, then the stored right half (the pass case), if there is one.

use crate::Session;
use crate::text::{self, Page};
use crate::workspace::{Case, Workspace};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

/// `INTERVIEW_EXERCISES`, or `interview/exercises/` in the workspace (git-ignored).
pub fn exercise_dir(ws: &Workspace) -> PathBuf {
    std::env::var_os("INTERVIEW_EXERCISES")
        .map(PathBuf::from)
        .unwrap_or_else(|| ws.root.join("interview/exercises"))
}

/// `<case>.rs`, or `<bin>-<case>.rs` when two questions have a case of that name.
fn exercise_file(ws: &Workspace, c: &Case) -> PathBuf {
    exercise_dir(ws).join(format!("{}.rs", ws.case_key(c).replace('/', "-")))
}

pub fn find_case<'a>(ws: &'a Workspace, key: &str) -> Result<&'a Case, String> {
    let key = key.trim().trim_end_matches(".rs");
    let fails: Vec<&Case> = ws.cases.iter().filter(|c| !c.is_pass()).collect();
    let found: Vec<&Case> = fails
        .iter()
        .copied()
        .filter(|c| {
            c.stem == key
                || format!("{}/{}", c.bin, c.stem) == key
                || format!("{}/{}/{}", c.krate, c.bin, c.stem) == key
                || c.path.trim_end_matches(".rs") == key
        })
        .collect();
    match found.as_slice() {
        [one] => Ok(one),
        [] => {
            let near: Vec<String> = fails
                .iter()
                .filter(|c| c.stem.contains(key) || key.contains(&c.stem) || c.bin == key)
                .take(8)
                .map(|c| format!("{}/{}", c.bin, c.stem))
                .collect();
            let mut msg = format!("no compile-fail case {key:?}.");
            if !near.is_empty() {
                msg.push_str(&format!(" Did you mean: {}?", near.join(", ")));
            }
            msg.push_str(" `interview show <N>` lists a question's cases.");
            Err(msg)
        }
        many => Err(format!(
            "{key:?} names several cases: {}. Give bin/name.",
            many.iter()
                .map(|c| format!("{}/{}", c.bin, c.stem))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

pub fn fix(ws: &Workspace, s: &mut Session, key: &str, reset: bool) -> Result<(), String> {
    let c = find_case(ws, key)?;
    let file = exercise_file(ws, c);
    let dir = exercise_dir(ws);
    if file.exists() && !reset {
        println!(
            "{} already exists: your edits are kept (`--reset` starts over).",
            file.display()
        );
    } else {
        fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create the exercise folder {}: {e}", dir.display()))?;
        let q = c.question.map(|n| format!(" (Q{n})")).unwrap_or_default();
        let body = format!(
            "// Exercise: make this program compile{}.\n// From {}{q}. `interview check` checks it, `interview hint` gives a hint,\n// `interview watch` re-checks on every save.\n\n{}",
            if has_assertions(&c.source) {
                " and run without failing its assertions"
            } else {
                ""
            },
            c.path,
            c.stripped().text
        );
        fs::write(&file, body)
            .map_err(|e| format!("cannot write the exercise {}: {e}", file.display()))?;
        s.progress.hints.insert(c.id.clone(), 0);
        println!("Wrote {}.", file.display());
    }
    s.progress.current_fix = Some(c.id.clone());
    s.save()?;
    println!(
        "It does not compile yet. Edit it until it does, then `interview check` (or `interview watch`)."
    );
    println!("Stuck? `interview hint` (three steps: rustc's message, the explanation, the fix).");
    Ok(())
}

fn has_assertions(src: &str) -> bool {
    src.contains("assert")
}

fn current<'a>(ws: &'a Workspace, s: &Session) -> Result<&'a Case, String> {
    let id = s
        .progress
        .current_fix
        .as_ref()
        .ok_or("no exercise yet: start one with `interview fix <case>` (`interview show <N>` lists a question's cases)")?;
    ws.cases
        .iter()
        .find(|c| &c.id == id)
        .ok_or_else(|| format!("the exercise's case {id} is no longer in the workspace; start another with `interview fix <case>`"))
}

pub enum CheckResult {
    Solved,
    NotYet(String),
}

/// Compiles and (when it has assertions) runs the current exercise.
pub fn check_once(ws: &Workspace, s: &mut Session) -> Result<CheckResult, String> {
    let c = current(ws, s)?;
    let file = exercise_file(ws, c);
    let src = fs::read_to_string(&file).map_err(|e| {
        format!(
            "the exercise file {} cannot be read ({e}): it was deleted or moved. `interview fix {} --reset` makes a fresh copy.",
            file.display(),
            ws.case_key(c)
        )
    })?;
    let build_dir = exercise_dir(ws).join(".build");
    fs::create_dir_all(&build_dir)
        .map_err(|e| format!("cannot create {}: {e}", build_dir.display()))?;
    let exe = build_dir.join(&c.stem);
    let mut cmd = Command::new(std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()));
    cmd.current_dir(&ws.root) // so rustup uses the toolchain rust-toolchain.toml pins
        .args([
            "--edition",
            "2024",
            "--crate-type",
            "bin",
            "--crate-name",
            "exercise",
            "-o",
        ])
        .arg(&exe)
        .arg(&file);
    if s.ui.color() {
        cmd.arg("--color=always");
    }
    for arg in extern_args(ws, c, &src)? {
        cmd.arg(arg);
    }
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run rustc: {e}. Is the Rust toolchain installed (rustup)?"))?;
    if !out.status.success() {
        return Ok(CheckResult::NotYet(
            String::from_utf8_lossy(&out.stderr).into_owned(),
        ));
    }
    let warnings = String::from_utf8_lossy(&out.stderr).into_owned();
    if !warnings.trim().is_empty() {
        print!("{warnings}");
    }
    if has_assertions(&src) {
        let (ok, output) = run_with_timeout(&exe, Duration::from_secs(10))?;
        if !ok {
            return Ok(CheckResult::NotYet(format!(
                "It compiles, but running it fails:\n{output}"
            )));
        }
    }
    Ok(CheckResult::Solved)
}

fn run_with_timeout(exe: &Path, limit: Duration) -> Result<(bool, String), String> {
    let mut child = Command::new(exe)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            let out = child.wait_with_output().map_err(|e| e.to_string())?;
            let text = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            return Ok((status.success(), text));
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Ok((
                false,
                format!(
                    "it was still running after {} s and was stopped",
                    limit.as_secs()
                ),
            ));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `--extern` flags for the crates the exercise names (its level crate, workspace dependencies).
fn extern_args(ws: &Workspace, c: &Case, src: &str) -> Result<Vec<String>, String> {
    let mut candidates = vec![c.krate.clone(), "advanced_derive".to_string()];
    if let Ok(manifest) = fs::read_to_string(ws.root.join("Cargo.toml"))
        && let Ok(table) = manifest.parse::<toml::Table>()
        && let Some(deps) = table
            .get("workspace")
            .and_then(|w| w.get("dependencies"))
            .and_then(|d| d.as_table())
    {
        candidates.extend(deps.keys().map(|k| k.replace('-', "_")));
    }
    let code = text::strip_comments(src).text;
    let words = text::words(&code);
    let needed: Vec<String> = candidates
        .into_iter()
        .filter(|name| {
            words.iter().any(|w| w == name)
                && (code.contains(&format!("{name}::")) || code.contains(&format!("use {name}")))
        })
        .collect();
    if needed.is_empty() {
        return Ok(Vec::new());
    }
    println!(
        "Building {} so the exercise can use {} ...",
        c.krate,
        needed.join(", ")
    );
    let out = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .current_dir(&ws.root)
        .args([
            "build",
            "--quiet",
            "--lib",
            "--message-format=json",
            "-p",
            &c.krate,
        ])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "`cargo build -p {} --lib` failed, so the exercise cannot be checked:\n{}",
            c.krate,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let mut artifacts: BTreeMap<String, String> = BTreeMap::new();
    let mut deps_dir = None;
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if v["reason"] != "compiler-artifact" {
            continue;
        }
        let name = v["target"]["name"].as_str().unwrap_or("").replace('-', "_");
        for f in v["filenames"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f.as_str())
        {
            if f.ends_with(".rlib")
                || f.ends_with(".so")
                || f.ends_with(".dylib")
                || f.ends_with(".dll")
            {
                if f.contains("/deps/") {
                    deps_dir = Path::new(f).parent().map(Path::to_path_buf);
                }
                artifacts.insert(name.clone(), f.to_string());
            }
        }
    }
    let mut args = Vec::new();
    if let Some(d) = deps_dir {
        args.push(format!("-Ldependency={}", d.display()));
    }
    for name in needed {
        match artifacts.get(&name) {
            Some(path) => {
                if let Some(parent) = Path::new(path).parent() {
                    args.push(format!("-Ldependency={}", parent.display()));
                }
                args.push(format!("--extern={name}={path}"));
            }
            None => {
                return Err(format!(
                    "this exercise uses `{name}`, which is not a dependency of {}'s library, so bare rustc cannot \
                     compile it. Fix it in place instead: copy it into {}/tests/ui/ and run `cargo test -p {} --test compile_fail`.",
                    c.krate, c.krate, c.krate
                ));
            }
        }
    }
    Ok(args)
}

pub fn check(ws: &Workspace, s: &mut Session) -> Result<bool, String> {
    let c = current(ws, s)?.clone();
    println!("Checking {} ...", exercise_file(ws, &c).display());
    match check_once(ws, s)? {
        CheckResult::Solved => {
            solved(ws, s, &c)?;
            Ok(true)
        }
        CheckResult::NotYet(msg) => {
            print!("{msg}");
            println!("{}", s.ui.bad("Not yet."));
            println!("`interview hint` for a hint; edit the file and `interview check` again.");
            Err("the exercise is not solved yet".into())
        }
    }
}

fn solved(ws: &Workspace, s: &mut Session, c: &Case) -> Result<(), String> {
    println!("{}", s.ui.good("It compiles. Solved!"));
    s.record(&format!("fix:{}", c.id), true, "solved")?;
    match &c.pass_path {
        Some(p) => println!("Compare with the stored right half, proven by the suite: {p}"),
        None => println!(
            "Compare with how {} does it.",
            ws.module_of_bin(&c.bin).unwrap_or_else(|| c.krate.clone())
        ),
    }
    let next = ws
        .cases
        .iter()
        .filter(|x| !x.is_pass() && x.question == c.question && x.id != c.id)
        .find(|x| !s.progress.items.contains_key(&format!("fix:{}", x.id)));
    if let Some(n) = next {
        println!("Next: `interview fix {}`.", ws.case_key(n));
    }
    Ok(())
}

pub fn hint(ws: &Workspace, s: &mut Session) -> Result<(), String> {
    let c = current(ws, s)?.clone();
    let step = s
        .progress
        .hints
        .get(&c.id)
        .copied()
        .unwrap_or(0)
        .saturating_add(1)
        .min(3);
    s.progress.hints.insert(c.id.clone(), step);
    s.save()?;
    let (module, src) = ws
        .bin_source(&c.bin)
        .unwrap_or_else(|| (format!("{}/src", c.krate), String::new()));
    match step {
        1 => {
            println!(
                "{} rustc's message for the original program:",
                s.ui.bold("Hint 1 of 3:")
            );
            for l in c.message.trim_end().lines() {
                println!("  {l}");
            }
        }
        2 => {
            println!(
                "{} the explanation, in {module}:",
                s.ui.bold("Hint 2 of 3:")
            );
            match text::parse_page(&src) {
                Page::Converted { answer, points, .. } => {
                    println!("  {answer}");
                    for p in points {
                        println!("  - {}", p.text);
                    }
                }
                Page::NotConverted { first_paragraph } => println!("  {first_paragraph}"),
            }
            let mentions: Vec<String> = src
                .lines()
                .enumerate()
                .filter(|(_, l)| l.contains(&c.stem))
                .map(|(i, _)| format!("line {}", i + 1))
                .collect();
            if !mentions.is_empty() {
                println!("  The case is discussed there at {}.", mentions.join(", "));
            }
        }
        _ => match &c.pass_path {
            Some(p) => {
                println!(
                    "{} the right half, as the suite proves it ({p}):",
                    s.ui.bold("Hint 3 of 3:")
                );
                let src = fs::read_to_string(ws.root.join(p)).unwrap_or_default();
                s.ui.code(&src);
            }
            None => println!(
                "{} no stored right half for this case; {module} shows the working version (search it for the names in the error).",
                s.ui.bold("Hint 3 of 3:")
            ),
        },
    }
    Ok(())
}

fn mtime(p: &Path) -> Option<SystemTime> {
    fs::metadata(p).and_then(|m| m.modified()).ok()
}

pub fn watch(ws: &Workspace, s: &mut Session, once: bool) -> Result<(), String> {
    let c = current(ws, s)?.clone();
    let file = exercise_file(ws, &c);
    let report = |s: &mut Session| -> Result<bool, String> {
        match check_once(ws, s) {
            Ok(CheckResult::Solved) => {
                solved(ws, s, &c)?;
                Ok(true)
            }
            Ok(CheckResult::NotYet(msg)) => {
                print!("{msg}");
                println!(
                    "{}",
                    s.ui.bad("Not yet.")
                        + " Save the file to check again; h + Enter for a hint, q + Enter to stop."
                );
                Ok(false)
            }
            Err(e) => {
                println!("{e}");
                Ok(false)
            }
        }
    };
    println!("Watching {} (checked again on every save).", file.display());
    // Taken before each check, so a save made while rustc runs is not missed.
    let mut last = mtime(&file);
    if report(s)? || once {
        return Ok(());
    }
    let (tx, rx) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        let stdin = std::io::stdin();
        let mut line = String::new();
        while stdin.read_line(&mut line).is_ok_and(|n| n > 0) {
            if tx.send(line.trim().to_string()).is_err() {
                return;
            }
            line.clear();
        }
        // End of input: dropping `tx` tells the loop to stop.
    });
    loop {
        match rx.recv_timeout(Duration::from_millis(250)) {
            Ok(cmd) => match cmd.as_str() {
                "q" | "quit" => break,
                "h" | "hint" => hint(ws, s)?,
                "" => {}
                other => println!("{other:?}: type h + Enter for a hint, q + Enter to stop."),
            },
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
        let now = mtime(&file);
        if now != last {
            last = now;
            println!();
            println!("{} changed: checking ...", file.display());
            if report(s)? {
                return Ok(());
            }
        }
    }
    println!("Stopped watching.");
    Ok(())
}
