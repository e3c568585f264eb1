//! The item bank, read at run time from the workspace's proven files: nothing here is a hand-kept copy.
//!
//! - compile-fail cases: `<crate>/tests/ui/<bin>/<case>.rs` + `.stderr` (trybuild, checked by each crate's
//!   `tests/compile_fail.rs`); the pass cases beside them: `<crate>/tests/pass/<bin>/<case>.rs`.
//! - outputs: `<crate>/tests/cmd/*.toml` + `.stdout` (trycmd, checked by each crate's `tests/outputs.rs`).
//! - kept guide versions: items whose doc comment has a ``Flaw: <kind>. Proof: `<command>` `` line, and
//!   the compile-fail cases named `*as_in_the_guide*` / `guide_*`.
//! - answers: the question's module doc (`<crate>/src/<bin>.rs`, `<crate>/src/<bin>/follow_up.rs`).

use crate::text::{self, Stripped};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The member crates that hold questions, in level order.
pub const CRATES: [&str; 7] = [
    "basics",
    "intermediate",
    "advanced",
    "experienced",
    "performance",
    "ffi",
    "embedded",
];

#[derive(Debug, Clone, Deserialize)]
pub struct Question {
    pub n: u32,
    pub level: String,
    #[serde(rename = "crate")]
    pub krate: String,
    pub bin: String,
    pub title: String,
    pub follow_up: String,
    pub follow_up_bin: String,
}

impl Question {
    pub fn module_path(&self) -> String {
        format!("{}/src/{}.rs", self.krate, self.bin)
    }
    pub fn follow_up_path(&self) -> String {
        format!("{}/src/{}/follow_up.rs", self.krate, self.bin)
    }
}

#[derive(Deserialize)]
struct Index {
    question: Vec<Question>,
}

/// What the compiler does with a program, according to the stored proof.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Compiles,
    /// The first error: its code (`None` for errors rustc gives no code) and primary line in the
    /// original file.
    Fails {
        code: Option<String>,
        line: Option<u32>,
    },
}

/// A stored trybuild case: a program and what rustc does with it.
#[derive(Debug, Clone)]
pub struct Case {
    pub id: String,
    pub krate: String,
    pub bin: String,
    pub stem: String,
    pub question: Option<u32>,
    /// Path relative to the workspace root.
    pub path: String,
    /// The test target that proves it: `cargo test -p <crate> --test <harness>`.
    pub harness: String,
    pub source: String,
    pub verdict: Verdict,
    /// The stored `.stderr` (fail cases), as rustc printed it.
    pub message: String,
    /// For a fail case, the pass case with the same stem (its right half), if there is one.
    pub pass_path: Option<String>,
}

impl Case {
    pub fn proof(&self) -> String {
        format!("cargo test -p {} --test {}", self.krate, self.harness)
    }
    pub fn stripped(&self) -> Stripped {
        text::strip_comments(&self.source)
    }
    /// The first line of the stored message (`error[E0382]: borrow of moved value: `s1``).
    pub fn headline(&self) -> String {
        self.message
            .lines()
            .find(|l| l.starts_with("error"))
            .unwrap_or("")
            .to_string()
    }
    pub fn is_pass(&self) -> bool {
        self.verdict == Verdict::Compiles
    }
}

/// A line of a stored output to predict.
#[derive(Debug, Clone)]
pub struct OutputItem {
    pub id: String,
    pub krate: String,
    pub bin: String,
    pub question: Option<u32>,
    pub command: String,
    pub stdout_path: String,
    /// The code the candidate reads: the bin's `main`, comments removed.
    pub program: String,
    pub before: Vec<String>,
    pub answer: String,
    pub line_no: usize,
}

pub const FLAW_KINDS: [&str; 6] = [
    "does-not-compile",
    "panics",
    "wrong-result",
    "undefined-behaviour",
    "never-completes",
    "fine",
];

/// A version of the guide's code kept to prove what is wrong with it.
#[derive(Debug, Clone)]
pub struct BugItem {
    pub id: String,
    pub krate: String,
    pub name: String,
    pub question: Option<u32>,
    /// Where it is: `basics/src/functions.rs:36`.
    pub location: String,
    pub code: String,
    pub kind: String,
    pub proof_command: String,
    /// The proving test's source, when the proof names a test function found in the crate.
    pub proof_source: Option<String>,
    pub explanation: String,
}

#[derive(Debug)]
pub struct Workspace {
    pub root: PathBuf,
    pub questions: Vec<Question>,
    pub cases: Vec<Case>,
    pub outputs: Vec<OutputItem>,
    pub bugs: Vec<BugItem>,
}

/// The workspace root: `INTERVIEW_ROOT`, or the folder above this crate.
pub fn default_root() -> PathBuf {
    match std::env::var_os("INTERVIEW_ROOT") {
        Some(r) => PathBuf::from(r),
        None => Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("the crate sits in the workspace")
            .to_path_buf(),
    }
}

fn read(root: &Path, rel: &str) -> Option<String> {
    fs::read_to_string(root.join(rel)).ok()
}

fn sorted_dir(path: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(path)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// Parses a trybuild `.stderr`: the first error's code and primary line in `file_name`.
pub fn parse_stderr(stderr: &str, file_name: &str) -> Verdict {
    let mut lines = stderr.lines().skip_while(|l| !l.starts_with("error"));
    let Some(head) = lines.next() else {
        return Verdict::Fails {
            code: None,
            line: None,
        };
    };
    let code = head
        .strip_prefix("error[")
        .and_then(|r| r.split(']').next())
        .map(str::to_string);
    let line = lines
        .take_while(|l| !l.starts_with("error") && !l.starts_with("warning"))
        .find_map(|l| l.trim_start().strip_prefix("--> "))
        .and_then(|loc| {
            let mut parts = loc.rsplitn(3, ':');
            let _col = parts.next()?;
            let line = parts.next()?.parse().ok()?;
            let file = parts.next()?;
            file.ends_with(file_name).then_some(line)
        });
    Verdict::Fails { code, line }
}

impl Workspace {
    pub fn load(root: &Path) -> Result<Workspace, String> {
        let qpath = root.join("interview/questions.toml");
        let qtext = fs::read_to_string(&qpath)
            .map_err(|e| format!("cannot read the question index {}: {e}", qpath.display()))?;
        let index: Index = toml::from_str(&qtext)
            .map_err(|e| format!("the question index {} is not valid: {e}", qpath.display()))?;
        let mut ws = Workspace {
            root: root.to_path_buf(),
            questions: index.question,
            cases: Vec::new(),
            outputs: Vec::new(),
            bugs: Vec::new(),
        };
        ws.load_cases();
        ws.load_outputs();
        ws.load_bugs();
        Ok(ws)
    }

    /// How `fix` names a case: its name, or `<bin>/<name>` when another question has a case of that name.
    pub fn case_key(&self, c: &Case) -> String {
        let shared = self
            .cases
            .iter()
            .any(|o| !o.is_pass() && o.stem == c.stem && o.id != c.id);
        if shared {
            format!("{}/{}", c.bin, c.stem)
        } else {
            c.stem.clone()
        }
    }

    pub fn question(&self, n: u32) -> Option<&Question> {
        self.questions.iter().find(|q| q.n == n)
    }

    /// The question a bin belongs to (its main bin or its follow-up bin).
    pub fn question_of_bin(&self, bin: &str) -> Option<&Question> {
        self.questions
            .iter()
            .find(|q| q.bin == bin || q.follow_up_bin == bin)
    }

    /// `5`, `Q5`, `ownership` or `move_vs_clone`.
    pub fn find_question(&self, key: &str) -> Option<&Question> {
        let k = key.trim().trim_start_matches(['Q', 'q']);
        match k.parse::<u32>() {
            Ok(n) => self.question(n),
            Err(_) => self.question_of_bin(key.trim()),
        }
    }

    /// The module file that explains a bin: the question's module, or its follow-up module (which may
    /// still be written inline, as `pub mod follow_up { ... }` in the question's module).
    pub fn module_of_bin(&self, bin: &str) -> Option<String> {
        let q = self.question_of_bin(bin)?;
        Some(
            if q.bin == bin || !self.root.join(q.follow_up_path()).exists() {
                q.module_path()
            } else {
                q.follow_up_path()
            },
        )
    }

    /// The source that explains a bin, and where it is: the question's module, its follow-up module, or
    /// the inline `pub mod follow_up { ... }` block of the question's module.
    pub fn bin_source(&self, bin: &str) -> Option<(String, String)> {
        let q = self.question_of_bin(bin)?;
        if q.bin == bin {
            return read(&self.root, &q.module_path()).map(|s| (q.module_path(), s));
        }
        if let Some(s) = read(&self.root, &q.follow_up_path()) {
            return Some((q.follow_up_path(), s));
        }
        let module = read(&self.root, &q.module_path())?;
        let lines: Vec<&str> = module.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.trim_start().starts_with("pub mod follow_up {"))?;
        let block = text::item_at(&lines, at)?;
        let inner: Vec<&str> = block.lines().collect();
        let body = inner.get(1..inner.len().saturating_sub(1))?.join("\n");
        // Its doc is the outer `///` block above `pub mod follow_up`: read it as the module's `//!` doc.
        let mut start = at;
        while start > 0 && lines[start - 1].trim_start().starts_with("///") {
            start -= 1;
        }
        let doc: String = lines[start..at]
            .iter()
            .map(|l| format!("//!{}\n", l.trim_start().trim_start_matches("///")))
            .collect();
        Some((
            format!("{} (mod follow_up)", q.module_path()),
            format!("{doc}{}", dedent(&body)),
        ))
    }

    fn load_cases(&mut self) {
        for krate in CRATES {
            let mut passes: BTreeMap<(String, String), String> = BTreeMap::new();
            for dir in sorted_dir(&self.root.join(krate).join("tests/pass")) {
                let bin = file_name(&dir);
                for f in sorted_dir(&dir) {
                    if f.extension().is_some_and(|e| e == "rs") {
                        let stem = file_stem(&f);
                        let rel = format!("{krate}/tests/pass/{bin}/{stem}.rs");
                        passes.insert((bin.clone(), stem), rel);
                    }
                }
            }
            let ui_dirs = ["ui", "ui_build"]
                .map(|d| (d, sorted_dir(&self.root.join(krate).join("tests").join(d))));
            for (ui, dir) in ui_dirs
                .iter()
                .flat_map(|(ui, dirs)| dirs.iter().map(move |d| (*ui, d)))
            {
                let bin = file_name(dir);
                for f in sorted_dir(dir) {
                    if f.extension().is_none_or(|e| e != "rs") {
                        continue;
                    }
                    let stem = file_stem(&f);
                    let Ok(source) = fs::read_to_string(&f) else {
                        continue;
                    };
                    let message =
                        fs::read_to_string(f.with_extension("stderr")).unwrap_or_default();
                    let verdict = parse_stderr(&message, &format!("{stem}.rs"));
                    let question = self.question_of_bin(&bin).map(|q| q.n);
                    self.cases.push(Case {
                        id: format!("compiler:{krate}/{bin}/{stem}"),
                        krate: krate.to_string(),
                        bin: bin.clone(),
                        stem: stem.clone(),
                        question,
                        path: format!("{krate}/tests/{ui}/{bin}/{stem}.rs"),
                        harness: if ui == "ui" {
                            "compile_fail"
                        } else {
                            "compile_fail_build"
                        }
                        .to_string(),
                        source,
                        verdict,
                        message,
                        pass_path: passes.get(&(bin.clone(), stem.clone())).cloned(),
                    });
                }
            }
            for ((bin, stem), rel) in passes {
                let Some(source) = read(&self.root, &rel) else {
                    continue;
                };
                let question = self.question_of_bin(&bin).map(|q| q.n);
                self.cases.push(Case {
                    id: format!("compiler:{krate}/{bin}/{stem}/fixed"),
                    krate: krate.to_string(),
                    bin,
                    stem,
                    question,
                    path: rel,
                    harness: "compile_fail".to_string(),
                    source,
                    verdict: Verdict::Compiles,
                    message: String::new(),
                    pass_path: None,
                });
            }
        }
    }

    fn load_outputs(&mut self) {
        #[derive(Deserialize)]
        struct Cmd {
            bin: Option<CmdBin>,
            #[serde(default)]
            args: Vec<String>,
        }
        #[derive(Deserialize)]
        struct CmdBin {
            name: String,
        }
        for krate in CRATES {
            for f in sorted_dir(&self.root.join(krate).join("tests/cmd")) {
                if f.extension().is_none_or(|e| e != "toml") {
                    continue;
                }
                let Some(cmd) = fs::read_to_string(&f)
                    .ok()
                    .and_then(|t| toml::from_str::<Cmd>(&t).ok())
                else {
                    continue;
                };
                let Some(bin) = cmd.bin.map(|b| b.name) else {
                    continue;
                };
                let stem = file_stem(&f);
                let Ok(stdout) = fs::read_to_string(f.with_extension("stdout")) else {
                    continue;
                };
                let module_src = self
                    .bin_source(&bin)
                    .map(|(_, s)| s)
                    .or_else(|| read(&self.root, &format!("{krate}/src/bin/{bin}.rs")))
                    .unwrap_or_default();
                let program = main_fn(&module_src)
                    .map(|m| text::strip_comments(&m).text)
                    .unwrap_or_default();
                if program.trim().is_empty() {
                    continue;
                }
                let mut command = format!("cargo run --bin {bin}");
                if !cmd.args.is_empty() {
                    command.push_str(" -- ");
                    command.push_str(&cmd.args.join(" "));
                }
                let lines: Vec<&str> = stdout.lines().collect();
                let mut counts: HashMap<&str, usize> = HashMap::new();
                for l in &lines {
                    *counts.entry(l.trim()).or_default() += 1;
                }
                // A line that is a string literal of the source is printed as written: not a prediction.
                let literals: HashSet<&str> = module_src
                    .split('"')
                    .skip(1)
                    .step_by(2)
                    .map(str::trim)
                    .collect();
                for (k, line) in lines.iter().enumerate() {
                    let t = line.trim();
                    let usable = !t.is_empty()
                        && t.len() <= 90
                        && !t.contains("[..]")
                        && !t.contains("...")
                        && counts.get(t) == Some(&1)
                        && !literals.contains(t)
                        && !has_digest(t);
                    if !usable {
                        continue;
                    }
                    self.outputs.push(OutputItem {
                        id: format!("output:{krate}/{stem}/{}", k + 1),
                        krate: krate.to_string(),
                        bin: bin.clone(),
                        question: self.question_of_bin(&bin).map(|q| q.n),
                        command: command.clone(),
                        stdout_path: format!("{krate}/tests/cmd/{stem}.stdout"),
                        program: program.clone(),
                        before: lines[k.saturating_sub(4)..k]
                            .iter()
                            .map(|s| s.to_string())
                            .collect(),
                        answer: line.to_string(),
                        line_no: k + 1,
                    });
                }
            }
        }
    }

    fn load_bugs(&mut self) {
        for krate in CRATES {
            let files = read_crate(&self.root, krate);
            let src_dir = format!("{krate}/src/");
            for (rel, src) in files.iter().filter(|(rel, _)| rel.starts_with(&src_dir)) {
                if !src.contains("/// Flaw:") {
                    continue;
                }
                for marker in flaw_markers(src) {
                    let question = self.question_of_file(rel);
                    let proof_source = proof_test_name(&marker.command)
                        .and_then(|t| find_fn_in(&files, &t).map(|(_, s)| s));
                    self.bugs.push(BugItem {
                        id: format!("bug:{krate}/{}", marker.name),
                        krate: krate.to_string(),
                        name: marker.name,
                        question,
                        location: format!("{rel}:{}", marker.line),
                        code: marker.code,
                        kind: marker.kind,
                        proof_command: marker.command,
                        proof_source,
                        explanation: marker.explanation,
                    });
                }
            }
        }
        // The guide's versions that do not compile are kept as compile-fail cases.
        for c in &self.cases {
            if !c.is_pass() && (c.stem.contains("as_in_the_guide") || c.stem.starts_with("guide_"))
            {
                self.bugs.push(BugItem {
                    id: format!("bug:{}/{}/{}", c.krate, c.bin, c.stem),
                    krate: c.krate.clone(),
                    name: c.stem.clone(),
                    question: c.question,
                    location: c.path.clone(),
                    code: c.stripped().text,
                    kind: "does-not-compile".into(),
                    proof_command: c.proof(),
                    proof_source: None,
                    explanation: c.message.clone(),
                });
            }
        }
    }

    /// `basics/src/ownership.rs` and `basics/src/ownership/follow_up.rs` belong to Q5.
    pub fn question_of_file(&self, rel: &str) -> Option<u32> {
        self.questions
            .iter()
            .find(|q| {
                rel == q.module_path() || rel.starts_with(&format!("{}/src/{}/", q.krate, q.bin))
            })
            .map(|q| q.n)
    }
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn file_stem(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    for p in sorted_dir(dir) {
        if p.is_dir() {
            collect_rs(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// A hash or address (8+ hex digits mixing letters and digits) cannot be predicted from the code.
fn has_digest(line: &str) -> bool {
    line.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        let w = w.strip_prefix("0x").unwrap_or(w);
        w.len() >= 8
            && w.chars().all(|c| c.is_ascii_hexdigit())
            && w.chars().any(|c| c.is_ascii_digit())
            && w.chars().any(|c| c.is_ascii_alphabetic())
    })
}

/// The text of `pub fn main()` in a module.
pub fn main_fn(src: &str) -> Option<String> {
    let lines: Vec<&str> = src.lines().collect();
    let at = lines.iter().position(|l| {
        let t = l.trim_start();
        t.starts_with("pub fn main(")
            || t.starts_with("fn main(")
            || t.starts_with("pub async fn main(")
    })?;
    text::item_at(&lines, at)
}

/// A `Flaw:` marker found in a doc comment, with the item it documents.
#[derive(Debug)]
pub struct Marker {
    pub name: String,
    pub line: usize,
    pub kind: String,
    pub command: String,
    pub code: String,
    pub explanation: String,
}

/// `wrong result. Proof: `cargo test ...`` (or `wrong-result — proven by `...``): the kind, normalized to
/// one of [`FLAW_KINDS`] when it names one, and the command.
pub fn parse_flaw_line(rest: &str) -> (String, String) {
    let (kind, command) = match rest
        .split_once("Proof:")
        .or_else(|| rest.split_once("proven by"))
    {
        Some((k, c)) => (k, c.trim().trim_matches('`').trim().to_string()),
        None => (rest, String::new()),
    };
    let kind = kind
        .trim()
        .trim_end_matches(['—', '-', '.', ' '])
        .trim()
        .to_lowercase()
        .replace(' ', "-")
        .replace("undefined-behavior", "undefined-behaviour");
    (kind, command)
}

/// Finds ``/// Flaw: <kind>. Proof: `<command>` `` lines and the item each one documents.
pub fn flaw_markers(src: &str) -> Vec<Marker> {
    let lines: Vec<&str> = src.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim_start();
        let Some(rest) = t.strip_prefix("/// Flaw:") else {
            i += 1;
            continue;
        };
        let (kind, command) = parse_flaw_line(rest);
        // The whole doc block around the marker explains the flaw (shown after the answer).
        let mut start = i;
        while start > 0 && lines[start - 1].trim_start().starts_with("///") {
            start -= 1;
        }
        let mut j = i;
        while j < lines.len()
            && (lines[j].trim_start().starts_with("///") || lines[j].trim_start().starts_with("#["))
        {
            j += 1;
        }
        let explanation = lines[start..j]
            .iter()
            .map(|l| l.trim_start())
            .filter(|l| l.starts_with("///") && !l.starts_with("/// Flaw:"))
            .map(|l| l.trim_start_matches("///").trim())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let Some(mut code) = text::item_at(&lines, j) else {
            i = j;
            continue;
        };
        let name = item_name(lines.get(j).copied().unwrap_or(""));
        if lines
            .get(j)
            .is_some_and(|l| l.contains("struct ") || l.contains("enum "))
        {
            // A type's flaw lives in its impls: show them with it.
            for (k, l) in lines.iter().enumerate() {
                let lt = l.trim_start();
                if lt.starts_with("impl")
                    && item_name_in_impl(lt) == name
                    && let Some(imp) = text::item_at(&lines, k)
                {
                    code.push_str("\n\n");
                    code.push_str(&imp);
                }
            }
        }
        let indent = code
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        let dedented: String = code
            .lines()
            .map(|l| l.get(indent..).unwrap_or(l.trim_start()))
            .collect::<Vec<_>>()
            .join("\n");
        out.push(Marker {
            name,
            line: j + 1,
            kind,
            command,
            code: text::strip_comments(&dedented).text,
            explanation,
        });
        i = j + 1;
    }
    out
}

fn item_name(line: &str) -> String {
    let words: Vec<&str> = line
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    for (k, w) in words.iter().enumerate() {
        if matches!(
            *w,
            "fn" | "struct" | "enum" | "trait" | "type" | "const" | "static"
        ) && let Some(n) = words.get(k + 1)
        {
            return n.to_string();
        }
    }
    String::new()
}

fn item_name_in_impl(line: &str) -> String {
    // `impl Future for GuideDelay {` / `impl GuideDelay {` / `impl<T> Trait for Name<T> {`
    let head = line.split('{').next().unwrap_or("");
    let target = head.rsplit(" for ").next().unwrap_or(head);
    let target = target.trim_start_matches("impl").trim();
    let target = if target.starts_with('<') {
        target.split_once('>').map_or(target, |(_, r)| r).trim()
    } else {
        target
    };
    target
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_string()
}

/// The test filter of a `cargo test ... <filter>` command (its last word that is not an option).
pub fn proof_test_name(command: &str) -> Option<String> {
    let words: Vec<&str> = command.split_whitespace().collect();
    if words.get(1) != Some(&"test") {
        return None;
    }
    let last = *words.last()?;
    if last.starts_with('-') || words.len() < 3 {
        return None;
    }
    let prev = words[words.len() - 2];
    if matches!(prev, "-p" | "--test" | "--package" | "--bin" | "--features") {
        return None;
    }
    Some(last.rsplit("::").next().unwrap_or(last).to_string())
}

/// A crate's sources and tests (not its compile-fail and pass cases), as (path from the root, text).
pub fn read_crate(root: &Path, krate: &str) -> Vec<(String, String)> {
    let mut files = Vec::new();
    collect_rs(&root.join(krate).join("src"), &mut files);
    collect_rs(&root.join(krate).join("tests"), &mut files);
    files
        .into_iter()
        .filter(|f| {
            !f.components()
                .any(|c| matches!(c.as_os_str().to_str(), Some("ui" | "ui_build" | "pass")))
        })
        .filter_map(|f| {
            let src = fs::read_to_string(&f).ok()?;
            let rel = f
                .strip_prefix(root)
                .unwrap_or(&f)
                .to_string_lossy()
                .replace('\\', "/");
            Some((rel, src))
        })
        .collect()
}

/// Finds `fn <name>` in a crate's sources and tests; returns its file and text.
pub fn find_fn(root: &Path, krate: &str, name: &str) -> Option<(String, String)> {
    find_fn_in(&read_crate(root, krate), name)
}

fn find_fn_in(files: &[(String, String)], name: &str) -> Option<(String, String)> {
    let needle = format!("fn {name}(");
    for (rel, src) in files {
        if !src.contains(&needle) {
            continue;
        }
        let lines: Vec<&str> = src.lines().collect();
        for (k, l) in lines.iter().enumerate() {
            let t = l.trim_start();
            let is_def = t.split_once(&needle).is_some_and(|(before, _)| {
                let b = before.trim();
                b.is_empty() || b.ends_with("pub") || b.ends_with("async")
            });
            if is_def {
                let start = attribute_start(&lines, k);
                let body = text::item_at(&lines, k)?;
                let attrs = lines[start..k].join("\n");
                let text = if attrs.is_empty() {
                    body
                } else {
                    format!("{attrs}\n{body}")
                };
                return Some((rel.clone(), dedent(&text)));
            }
        }
    }
    None
}

/// The first line of the attributes above line `k` (`#[test]`, and `#[should_panic(...)]` over several
/// lines), or `k` when it has none.
pub fn attribute_start(lines: &[&str], k: usize) -> usize {
    let mut start = k;
    let mut inside = false; // between a multi-line attribute's `)]` and its `#[`
    while start > 0 {
        let prev = lines[start - 1].trim();
        if prev.starts_with("#[") {
            inside = false;
        } else if prev.ends_with(")]") {
            inside = !prev.starts_with("#[");
        } else if !inside {
            break;
        }
        start -= 1;
    }
    start
}

pub fn dedent(s: &str) -> String {
    let indent = s
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    s.lines()
        .map(|l| l.get(indent..).unwrap_or(l.trim_start()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The signatures of the items a case imports from a workspace crate (`use basics::ownership::{a, b};`),
/// so the candidate can read what the program calls: `(file, signature)`.
pub fn imported_signatures(root: &Path, src: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in src.lines() {
        let Some(rest) = line.trim().strip_prefix("use ") else {
            continue;
        };
        let rest = rest.trim_end_matches(';').trim();
        let (path, names): (&str, Vec<&str>) = match rest.split_once("::{") {
            Some((p, n)) => (
                p,
                n.trim_end_matches('}').split(',').map(str::trim).collect(),
            ),
            None => match rest.rsplit_once("::") {
                Some((p, n)) => (p, vec![n.trim()]),
                None => continue,
            },
        };
        let segs: Vec<&str> = path.split("::").collect();
        let Some(krate) = CRATES.iter().find(|c| c.replace('/', "_") == segs[0]) else {
            continue;
        };
        let mut files = Vec::new();
        if segs.len() > 1 {
            files.push(format!("{krate}/src/{}.rs", segs[1..].join("/")));
            files.push(format!("{krate}/src/{}.rs", segs[1]));
        }
        files.push(format!("{krate}/src/lib.rs"));
        for name in names
            .iter()
            .filter(|n| !n.is_empty() && **n != "self" && **n != "*")
        {
            let name = name.split(" as ").next().unwrap_or(name).trim();
            let found = files.iter().find_map(|f| {
                let text = fs::read_to_string(root.join(f)).ok()?;
                signature_in(&text, name).map(|s| (f.clone(), s))
            });
            if let Some(found) = found
                && !out.contains(&found)
            {
                out.push(found);
            }
        }
    }
    out
}

fn signature_in(text: &str, name: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let kinds = [
        "fn",
        "async fn",
        "unsafe fn",
        "const fn",
        "struct",
        "enum",
        "trait",
        "type",
        "const",
        "static",
    ];
    let at = lines.iter().position(|l| {
        let t = l.trim_start();
        let Some(t) = t.strip_prefix("pub ") else {
            return false;
        };
        kinds.iter().any(|k| {
            t.strip_prefix(k)
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(|r| {
                    r.starts_with(name)
                        && !r[name.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
                })
        })
    })?;
    let mut sig = String::new();
    for l in lines.iter().skip(at).take(6) {
        let t = l.trim();
        if !sig.is_empty() && !sig.ends_with('(') && !t.starts_with(')') {
            sig.push(' ');
        }
        sig.push_str(t);
        if t.ends_with('{') || t.ends_with(';') || t.ends_with('}') {
            break;
        }
    }
    let sig = sig
        .trim_end_matches("{}")
        .trim_end_matches(['{', ';'])
        .trim()
        .replace(", )", ")");
    Some(sig)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stderr_first_error_and_its_line() {
        let s = "warning: unused\n --> tests/ui/x/a.rs:2:1\n\nerror[E0382]: borrow of moved value\n --> tests/ui/x/a.rs:5:20\n  |\nerror[E0499]: second\n --> tests/ui/x/a.rs:9:1\n";
        assert_eq!(
            parse_stderr(s, "a.rs"),
            Verdict::Fails {
                code: Some("E0382".into()),
                line: Some(5)
            }
        );
        assert_eq!(
            parse_stderr(
                "error: extern blocks must be unsafe\n --> $DIR/b.rs:3:1\n",
                "b.rs"
            ),
            Verdict::Fails {
                code: None,
                line: Some(3)
            }
        );
    }

    #[test]
    fn markers_are_found_with_their_item() {
        let src = "/// The guide's version.\n/// Flaw: panics — proven by `cargo test -p basics --lib t_panics`\n#[inline]\npub fn guide_f(x: u8) -> u8 {\n    x + 1 // overflows\n}\n";
        let m = flaw_markers(src);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].name, "guide_f");
        assert_eq!(m[0].kind, "panics");
        assert_eq!(m[0].command, "cargo test -p basics --lib t_panics");
        assert_eq!(m[0].code, "pub fn guide_f(x: u8) -> u8 {\n    x + 1\n}\n");
        assert_eq!(m[0].explanation, "The guide's version.");
        assert_eq!(proof_test_name(&m[0].command).as_deref(), Some("t_panics"));
        assert_eq!(
            parse_flaw_line(
                " never completes. Proof: `cargo test -p advanced --lib pin_unpin::tests::t`"
            ),
            (
                "never-completes".to_string(),
                "cargo test -p advanced --lib pin_unpin::tests::t".to_string()
            )
        );
        assert_eq!(
            proof_test_name("cargo test -p advanced --lib pin_unpin::tests::t").as_deref(),
            Some("t")
        );
        assert_eq!(
            proof_test_name("cargo test -p basics --test compile_fail"),
            None
        );
        assert_eq!(
            item_name_in_impl("impl Future for GuideDelay {"),
            "GuideDelay"
        );
        assert_eq!(item_name_in_impl("impl<T> GuideDelay<T> {"), "GuideDelay");
    }
}
