//! The drills: predict the compiler, predict the output, spot the bug, mock interview, and `review`,
//! which serves what is due from all of them. Each answer is graded against the stored proof and saved
//! at once.

use crate::nav::{self, mock_id};
use crate::progress::MockAnswer;
use crate::text::{self, Page};
use crate::ui::{self, SplitMix64};
use crate::workspace::{BugItem, Case, FLAW_KINDS, OutputItem, Question, Verdict, Workspace};
use crate::{Session, SessionArgs};
use std::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Right,
    Wrong,
    Skipped,
    /// End of input, or `quit`.
    Stop,
}

/// Which questions a session draws from.
pub struct Filter {
    question: Option<u32>,
    level: Option<String>,
}

impl Filter {
    pub fn new(ws: &Workspace, a: &SessionArgs) -> Result<Filter, String> {
        let question = a
            .question
            .as_deref()
            .map(|q| nav::find_question(ws, q).map(|q| q.n))
            .transpose()?;
        let level = a
            .level
            .as_deref()
            .map(|l| nav::parse_level(ws, l))
            .transpose()?;
        Ok(Filter { question, level })
    }
    pub fn allows(&self, ws: &Workspace, q: Option<u32>) -> bool {
        if let Some(n) = self.question {
            return q == Some(n);
        }
        match &self.level {
            Some(l) => q
                .and_then(|n| ws.question(n))
                .is_some_and(|q| &q.level == l),
            None => true,
        }
    }
}

/// Seeded shuffle and `--count`; prints the seed so a session can be replayed.
fn pick<T>(s: &Session, mut items: Vec<T>, a: &SessionArgs, default_count: usize) -> Vec<T> {
    let seed = a.seed.unwrap_or_else(ui::fresh_seed);
    SplitMix64(seed).shuffle(&mut items);
    items.truncate(a.count.unwrap_or(default_count));
    println!(
        "{}",
        s.ui.dim(&format!(
            "{}, seed {seed} (`--seed {seed}` repeats this session); `skip` passes, `quit` stops.",
            items_n(items.len())
        ))
    );
    items
}

fn header(s: &Session, kind: &str, k: usize, n: usize, q: Option<u32>, ws: &Workspace) {
    println!();
    s.ui.rule();
    let qs = q
        .and_then(|n| ws.question(n))
        .map(|q| format!(" · Q{} ({}) {}", q.n, q.level, q.title))
        .unwrap_or_default();
    println!("{}", s.ui.bold(&format!("{kind} · {k}/{n}{qs}")));
    s.ui.rule();
}

fn summary(s: &Session, right: usize, answered: usize, stopped: bool) {
    println!();
    if stopped {
        println!("Session ended.");
    }
    println!(
        "{} {right}/{answered} right. Progress saved to {}.",
        s.ui.bold("Score:"),
        s.path.display()
    );
    if answered > right {
        println!("`interview review` brings back the ones you missed.");
    }
}

fn run_items<T>(
    ws: &Workspace,
    s: &mut Session,
    kind: &str,
    items: &[T],
    question_of: impl Fn(&T) -> Option<u32>,
    mut ask: impl FnMut(&Workspace, &mut Session, &T) -> Result<Outcome, String>,
) -> Result<(), String> {
    s.save()?; // fails early, before any answer, when the progress file cannot be written
    let (mut right, mut answered) = (0, 0);
    for (k, item) in items.iter().enumerate() {
        header(s, kind, k + 1, items.len(), question_of(item), ws);
        match ask(ws, s, item)? {
            Outcome::Right => {
                right += 1;
                answered += 1;
            }
            Outcome::Wrong => answered += 1,
            Outcome::Skipped => {}
            Outcome::Stop => {
                summary(s, right, answered, true);
                return Ok(());
            }
        }
    }
    summary(s, right, answered, false);
    Ok(())
}

/// One drill: what it is called, what it says first, and how many items a session asks by default.
struct Drill<'d> {
    kind: &'d str,
    intro: &'d str,
    /// The error when the selection leaves no item (`None`: a selection always leaves one).
    empty: Option<&'d str>,
    default_count: usize,
}

/// Runs drill `d` over the items of `all` that the session's filter allows (by `question_of`): says
/// what it drills, picks the session's items and asks each one with `ask`.
fn drill<T>(
    ws: &Workspace,
    s: &mut Session,
    a: &SessionArgs,
    all: &[T],
    d: Drill<'_>,
    question_of: impl Fn(&T) -> Option<u32>,
    ask: impl FnMut(&Workspace, &mut Session, &&T) -> Result<Outcome, String>,
) -> Result<(), String> {
    let f = Filter::new(ws, a)?;
    let items: Vec<&T> = all
        .iter()
        .filter(|t| f.allows(ws, question_of(t)))
        .collect();
    if let (true, Some(empty)) = (items.is_empty(), d.empty) {
        return Err(empty.into());
    }
    println!("{}", s.ui.bold(d.intro));
    let items = pick(s, items, a, d.default_count);
    run_items(ws, s, d.kind, &items, |t| question_of(t), ask)
}

fn items_n(n: usize) -> String {
    if n == 1 {
        "1 item".into()
    } else {
        format!("{n} items")
    }
}

fn is_quit(a: &str) -> bool {
    matches!(a.trim(), "quit" | "q" | "exit")
}

// ---------------------------------------------------------------- predict the compiler

#[derive(Debug, PartialEq, Eq)]
pub enum CompilerAnswer {
    Compiles,
    Fails {
        code: Option<String>,
        line: Option<u32>,
    },
}

/// `ok`, `E0382`, `e0382 5`, `E0382:5`, `0382`, `error` (an error without a code), `error 3`.
pub fn parse_compiler_answer(a: &str) -> Option<CompilerAnswer> {
    let a = a.trim().to_lowercase();
    if matches!(a.as_str(), "ok" | "compiles" | "it compiles") {
        return Some(CompilerAnswer::Compiles);
    }
    let mut parts = a
        .split(|c: char| c == ':' || c.is_whitespace())
        .filter(|p| !p.is_empty());
    let first = parts.next()?;
    let line = match parts.next() {
        Some(l) => Some(l.trim_start_matches("line").parse::<u32>().ok()?),
        None => None,
    };
    if parts.next().is_some() {
        return None;
    }
    if first == "error" {
        return Some(CompilerAnswer::Fails { code: None, line });
    }
    let digits = first.strip_prefix('e').unwrap_or(first);
    if digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()) {
        return Some(CompilerAnswer::Fails {
            code: Some(format!("E{digits}")),
            line,
        });
    }
    None
}

/// Grades an answer against a stored verdict; `line` is the error line as the candidate sees it.
pub fn grade_compiler(
    verdict: &Verdict,
    shown_line: Option<u32>,
    answer: &CompilerAnswer,
) -> (bool, String) {
    match (verdict, answer) {
        (Verdict::Compiles, CompilerAnswer::Compiles) => (true, "Right: it compiles.".into()),
        (Verdict::Compiles, CompilerAnswer::Fails { .. }) => {
            (false, "No: this one compiles (and runs).".into())
        }
        (Verdict::Fails { code, .. }, CompilerAnswer::Compiles) => (
            false,
            format!(
                "No: it does not compile ({}).",
                code.as_deref().unwrap_or("an error without a code")
            ),
        ),
        (Verdict::Fails { code, .. }, CompilerAnswer::Fails { code: ac, line: al }) => {
            let at = shown_line
                .map(|l| format!(" at line {l}"))
                .unwrap_or_default();
            let real = format!(
                "{}{at}",
                code.as_deref().unwrap_or("an error without a code")
            );
            if code != ac {
                let why = match (code, ac) {
                    (Some(_), None) => "it fails, but with a code: ",
                    (None, Some(_)) => "rustc gives this error no code: answer `error`; it is ",
                    _ => "rustc says ",
                };
                return (false, format!("Not quite: {why}{real}."));
            }
            match (al, shown_line) {
                (Some(a), Some(l)) if *a != l => (
                    false,
                    format!("Right code, wrong line: {real}, not line {a}."),
                ),
                _ => (true, format!("Right: {real}.")),
            }
        }
    }
}

pub fn ask_case(ws: &Workspace, s: &mut Session, c: &Case) -> Result<Outcome, String> {
    let stripped = c.stripped();
    s.ui.code(&stripped.text);
    let used = crate::workspace::imported_signatures(&ws.root, &c.source);
    if !used.is_empty() {
        println!("{}", s.ui.dim("It uses:"));
        for (file, sig) in used {
            println!("  {}  {}", sig, s.ui.dim(&format!("({file})")));
        }
    }
    println!();
    let shown_line = match &c.verdict {
        Verdict::Fails { line: Some(l), .. } => stripped.line(*l),
        _ => None,
    };
    let answer = loop {
        let Some(a) = s
            .ui
            .ask("Does it compile? `ok`, or the error code, optionally with the line (E0382 5): ")
        else {
            return Ok(Outcome::Stop);
        };
        if is_quit(&a) {
            return Ok(Outcome::Stop);
        }
        if a.trim() == "skip" {
            return Ok(Outcome::Skipped);
        }
        match parse_compiler_answer(&a) {
            Some(p) => break (a, p),
            None => println!(
                "{:?} is not an answer here. Type `ok`, an error code like `E0382`, or a code and a line like `E0382 5` (`error` for an error without a code).",
                a.trim()
            ),
        }
    };
    let (right, verdict) = grade_compiler(&c.verdict, shown_line, &answer.1);
    println!(
        "{}",
        if right {
            s.ui.good(&verdict)
        } else {
            s.ui.bad(&verdict)
        }
    );
    s.record(&c.id, right, answer.0.trim())?;
    explain_case(ws, s, c);
    Ok(if right {
        Outcome::Right
    } else {
        Outcome::Wrong
    })
}

fn explain_case(ws: &Workspace, s: &Session, c: &Case) {
    let module = ws
        .module_of_bin(&c.bin)
        .unwrap_or_else(|| format!("{}/src", c.krate));
    if c.is_pass() {
        println!(
            "This is the right half of {}: {} (proven by `{}`).",
            c.stem,
            c.path,
            c.proof()
        );
    } else {
        println!(
            "rustc's message (stored in {}; its line numbers are those of the file, comments included):",
            c.path.replace(".rs", ".stderr")
        );
        for l in c.message.trim_end().lines() {
            println!("  {}", s.ui.dim(l));
        }
        println!(
            "Proof: `{}`. Practise the fix: `interview fix {}`.",
            c.proof(),
            ws.case_key(c)
        );
    }
    println!(
        "Explained in {module}{}.",
        c.question.map(|n| format!(" (Q{n})")).unwrap_or_default()
    );
}

pub fn compiler(ws: &Workspace, s: &mut Session, a: &SessionArgs) -> Result<(), String> {
    let d = Drill {
        kind: "Predict the compiler",
        intro: "Predict the compiler: does it compile, and if not, with which error?",
        empty: Some("no compile-fail or pass case for that selection"),
        default_count: 10,
    };
    drill(
        ws,
        s,
        a,
        &ws.cases,
        d,
        |c| c.question,
        |ws, s, c| ask_case(ws, s, c),
    )
}

// ---------------------------------------------------------------- predict the output

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn ask_output(_ws: &Workspace, s: &mut Session, o: &OutputItem) -> Result<Outcome, String> {
    println!("`{}` runs:", o.command);
    s.ui.code(&o.program);
    println!();
    println!("Its output, line {}:", o.line_no);
    for b in &o.before {
        println!("  {}", s.ui.dim(b));
    }
    println!("  {}", s.ui.accent("> ???"));
    let answer = loop {
        let Some(a) = s.ui.ask("Type that line (spacing does not matter): ") else {
            return Ok(Outcome::Stop);
        };
        if is_quit(&a) {
            return Ok(Outcome::Stop);
        }
        if a.trim() == "skip" {
            return Ok(Outcome::Skipped);
        }
        if a.trim().is_empty() {
            println!(
                "An empty line is not an answer: type the line the program prints, or `skip`."
            );
            continue;
        }
        break a;
    };
    let right = normalize(&answer) == normalize(&o.answer);
    if right {
        println!("{}", s.ui.good("Right."));
    } else {
        println!("{} it prints: {}", s.ui.bad("Not quite:"), o.answer);
    }
    s.record(&o.id, right, answer.trim())?;
    println!(
        "Stored in {} (line {}), checked by `cargo test -p {} --test outputs`.",
        o.stdout_path, o.line_no, o.krate
    );
    Ok(if right {
        Outcome::Right
    } else {
        Outcome::Wrong
    })
}

pub fn output(ws: &Workspace, s: &mut Session, a: &SessionArgs) -> Result<(), String> {
    let d = Drill {
        kind: "Predict the output",
        intro: "Predict the output: which line does the program print?",
        empty: Some("no stored output line to predict for that selection"),
        default_count: 5,
    };
    drill(
        ws,
        s,
        a,
        &ws.outputs,
        d,
        |o| o.question,
        |ws, s, o| ask_output(ws, s, o),
    )
}

// ---------------------------------------------------------------- spot the bug

pub fn parse_flaw(a: &str) -> Option<&'static str> {
    let a = a.trim().to_lowercase().replace([' ', '_'], "-");
    if let Ok(k) = a.parse::<usize>() {
        return FLAW_KINDS.get(k.checked_sub(1)?).copied();
    }
    let a = a.replace("undefined-behavior", "undefined-behaviour");
    FLAW_KINDS.iter().copied().find(|k| {
        *k == a || (a.len() >= 3 && k.starts_with(&a)) || (a == "ub" && *k == "undefined-behaviour")
    })
}

pub fn ask_bug(_ws: &Workspace, s: &mut Session, b: &BugItem) -> Result<Outcome, String> {
    println!("The guide's `{}`:", b.name);
    s.ui.code(&b.code);
    println!();
    let menu: Vec<String> = FLAW_KINDS
        .iter()
        .enumerate()
        .map(|(i, k)| format!("{} {}", i + 1, k.replace('-', " ")))
        .collect();
    println!("What goes wrong when it is used?");
    println!("  {}", menu.join("   "));
    let answer = loop {
        let Some(a) = s.ui.ask("Your answer (1-6): ") else {
            return Ok(Outcome::Stop);
        };
        if is_quit(&a) {
            return Ok(Outcome::Stop);
        }
        if a.trim() == "skip" {
            return Ok(Outcome::Skipped);
        }
        match parse_flaw(&a) {
            Some(k) => break k,
            None => println!(
                "{:?} is not one of the choices: type a number from 1 to 6, or `skip`.",
                a.trim()
            ),
        }
    };
    let right = answer == b.kind;
    let said = match b.kind.as_str() {
        "does-not-compile" => "it does not compile",
        "panics" => "it panics",
        "wrong-result" => "it gives a wrong result",
        "undefined-behaviour" => "it has undefined behaviour",
        "never-completes" => "it never completes",
        _ => "it is fine: it does what it says",
    };
    if right {
        println!("{}", s.ui.good(&format!("Right: {said}.")));
    } else {
        println!("{}", s.ui.bad(&format!("No: {said}.")));
    }
    s.record(&b.id, right, answer)?;
    if !b.explanation.is_empty() {
        for l in b.explanation.trim_end().lines() {
            println!("  {l}");
        }
    }
    println!("Proof: `{}` ({}).", b.proof_command, b.location);
    if let Some(src) = &b.proof_source {
        s.ui.code(src);
    }
    Ok(if right {
        Outcome::Right
    } else {
        Outcome::Wrong
    })
}

pub fn bug(ws: &Workspace, s: &mut Session, a: &SessionArgs) -> Result<(), String> {
    let d = Drill {
        kind: "Spot the bug",
        intro: "Spot the bug: the guide's own versions, each with the test that proves its flaw.",
        empty: Some("no kept version of the guide's code for that selection"),
        default_count: 5,
    };
    drill(
        ws,
        s,
        a,
        &ws.bugs,
        d,
        |b| b.question,
        |ws, s, b| ask_bug(ws, s, b),
    )
}

// ---------------------------------------------------------------- mock interview

fn elapsed_note(s: &Session, started: Instant, minutes: Option<u64>) -> (u64, String) {
    let secs = started.elapsed().as_secs();
    let took = format!("{}m {:02}s", secs / 60, secs % 60);
    let note = match minutes {
        Some(m) if secs > m * 60 => s.ui.bad(&format!("Time's up: {took} (limit {m} min).")),
        Some(m) => s.ui.dim(&format!("{took} of your {m} min.")),
        None => s.ui.dim(&format!("{took}.")),
    };
    (secs, note)
}

fn print_page(ws: &Workspace, s: &Session, bin: &str) {
    let Some((path, src)) = ws.bin_source(bin) else {
        println!("  (no module found for `{bin}`)");
        return;
    };
    match text::parse_page(&src) {
        Page::Converted { answer, points, .. } => {
            println!("{} {answer}", s.ui.bold("Answer:"));
            if points.is_empty() {
                println!("  (this page has no key points yet)");
            }
            for p in points {
                println!("  - {}", p.text);
                if let Some(cmd) = p.proof {
                    println!("    {}", s.ui.accent(&format!("proof: {cmd}")));
                }
            }
        }
        Page::NotConverted { first_paragraph } => {
            println!(
                "{}",
                s.ui.dim(&format!("{path} is not in the one-page shape yet (no **Q<n> · ...** label), so there are no key points to show; its first paragraph:"))
            );
            if first_paragraph.is_empty() {
                println!("  (it has no module doc)");
            } else {
                println!("  {first_paragraph}");
            }
        }
    }
    println!("  {}", s.ui.dim(&format!("(from {path})")));
}

pub fn ask_mock(
    ws: &Workspace,
    s: &mut Session,
    q: &Question,
    minutes: Option<u64>,
) -> Result<Outcome, String> {
    if let Some(m) = minutes {
        println!(
            "{}",
            s.ui.dim(&format!("You have {m} minute(s) per answer."))
        );
    }
    println!(
        "{} Q{}: {}. Walk me through it.",
        s.ui.bold("Interviewer:"),
        q.n,
        q.title
    );
    let started = Instant::now();
    let Some(answer) = s.ui.ask("Your answer (one line, Enter when done): ") else {
        return Ok(Outcome::Stop);
    };
    if is_quit(&answer) {
        return Ok(Outcome::Stop);
    }
    let (secs1, note) = elapsed_note(s, started, minutes);
    println!("{note}");
    println!();
    println!("{} {}", s.ui.bold("Interviewer (follow-up):"), q.follow_up);
    let started = Instant::now();
    let Some(follow) = s.ui.ask("Your answer: ") else {
        return Ok(Outcome::Stop);
    };
    let (secs2, note) = elapsed_note(s, started, minutes);
    println!("{note}");
    println!();
    println!("{}", s.ui.bold("What a strong answer says"));
    print_page(ws, s, &q.bin);
    println!();
    println!("{}", s.ui.bold("And for the follow-up"));
    print_page(ws, s, &q.follow_up_bin);
    println!(
        "Run it: cargo run --bin {} · cargo run --bin {}",
        q.bin, q.follow_up_bin
    );
    if let Some(prev) = s
        .progress
        .mock_answers
        .iter()
        .rev()
        .find(|m| m.question == q.n)
    {
        println!();
        println!(
            "{}",
            s.ui.bold(&format!(
                "What you said last time ({}, graded {}/3)",
                prev.date, prev.self_grade
            ))
        );
        println!("  {}", prev.answer);
        println!("  Follow-up: {}", prev.follow_up_answer);
    }
    println!();
    let grade = loop {
        let Some(g) =
            s.ui.ask("How did you do? 1 missed it · 2 partly · 3 strong: ")
        else {
            return Ok(Outcome::Stop);
        };
        match g.trim() {
            "1" | "2" | "3" => break g.trim().parse::<u8>().expect("checked"),
            other => println!("{other:?} is not a grade: type 1, 2 or 3."),
        }
    };
    s.progress.mock_answers.push(MockAnswer {
        question: q.n,
        date: crate::progress::format_date(s.today),
        answer: answer.trim().to_string(),
        follow_up_answer: follow.trim().to_string(),
        self_grade: grade,
        seconds: secs1 + secs2,
    });
    let right = grade == 3;
    s.record(&mock_id(q.n), right, &format!("self-grade {grade}"))?;
    println!(
        "Your answers are kept in {} for later review.",
        s.path.display()
    );
    Ok(if right {
        Outcome::Right
    } else {
        Outcome::Wrong
    })
}

pub fn mock(
    ws: &Workspace,
    s: &mut Session,
    a: &SessionArgs,
    minutes: Option<u64>,
) -> Result<(), String> {
    let d = Drill {
        kind: "Mock interview",
        intro: "Mock interview: answer as you would aloud, then compare.",
        empty: None,
        default_count: 1,
    };
    let ask = |ws: &Workspace, s: &mut Session, q: &&Question| ask_mock(ws, s, q, minutes);
    drill(ws, s, a, &ws.questions, d, |q| Some(q.n), ask)
}

// ---------------------------------------------------------------- review

enum Due<'a> {
    Case(&'a Case),
    Output(&'a OutputItem),
    Bug(&'a BugItem),
    Mock(&'a Question),
}

impl Due<'_> {
    fn question(&self) -> Option<u32> {
        match self {
            Due::Case(c) => c.question,
            Due::Output(o) => o.question,
            Due::Bug(b) => b.question,
            Due::Mock(q) => Some(q.n),
        }
    }
    fn kind(&self) -> &'static str {
        match self {
            Due::Case(_) => "Review · predict the compiler",
            Due::Output(_) => "Review · predict the output",
            Due::Bug(_) => "Review · spot the bug",
            Due::Mock(_) => "Review · mock interview",
        }
    }
}

pub fn review(ws: &Workspace, s: &mut Session, a: &SessionArgs) -> Result<(), String> {
    let f = Filter::new(ws, a)?;
    let mut due: Vec<(&String, Due)> = Vec::new();
    for (id, st) in &s.progress.items {
        if st.due > s.today {
            continue;
        }
        let item = if let Some(c) = ws.cases.iter().find(|c| &c.id == id) {
            Due::Case(c)
        } else if let Some(o) = ws.outputs.iter().find(|o| &o.id == id) {
            Due::Output(o)
        } else if let Some(b) = ws.bugs.iter().find(|b| &b.id == id) {
            Due::Bug(b)
        } else if let Some(q) = id
            .strip_prefix("mock:Q")
            .and_then(|n| n.parse().ok())
            .and_then(|n| ws.question(n))
        {
            Due::Mock(q)
        } else {
            continue; // fix exercises, or items whose proof file was removed
        };
        if f.allows(ws, item.question()) {
            due.push((id, item));
        }
    }
    if due.is_empty() {
        println!(
            "Nothing is due today. Start a drill (`interview compiler`, `output`, `bug`, `mock`) to add items."
        );
        return Ok(());
    }
    // Weakest first: lowest box, then most often wrong, then longest overdue.
    due.sort_by(|(a, _), (b, _)| {
        let (sa, sb) = (&s.progress.items[*a], &s.progress.items[*b]);
        let ratio = |st: &crate::progress::ItemState| st.wrong * 1000 / st.seen().max(1);
        sa.leitner_box
            .cmp(&sb.leitner_box)
            .then(ratio(sb).cmp(&ratio(sa)))
            .then(sa.due.cmp(&sb.due))
            .then(a.cmp(b))
    });
    due.truncate(a.count.unwrap_or(20));
    println!(
        "{}",
        s.ui.bold(&format!(
            "Review: {} due, weakest first.",
            items_n(due.len())
        ))
    );
    let items: Vec<Due> = due.into_iter().map(|(_, d)| d).collect();
    s.save()?;
    let (mut right, mut answered) = (0, 0);
    for (k, item) in items.iter().enumerate() {
        header(s, item.kind(), k + 1, items.len(), item.question(), ws);
        let out = match item {
            Due::Case(c) => ask_case(ws, s, c)?,
            Due::Output(o) => ask_output(ws, s, o)?,
            Due::Bug(b) => ask_bug(ws, s, b)?,
            Due::Mock(q) => ask_mock(ws, s, q, None)?,
        };
        match out {
            Outcome::Right => {
                right += 1;
                answered += 1;
            }
            Outcome::Wrong => answered += 1,
            Outcome::Skipped => {}
            Outcome::Stop => {
                summary(s, right, answered, true);
                return Ok(());
            }
        }
    }
    summary(s, right, answered, false);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiler_answers_parse() {
        assert_eq!(
            parse_compiler_answer(" OK "),
            Some(CompilerAnswer::Compiles)
        );
        assert_eq!(
            parse_compiler_answer("e0382 5"),
            Some(CompilerAnswer::Fails {
                code: Some("E0382".into()),
                line: Some(5)
            })
        );
        assert_eq!(
            parse_compiler_answer("E0499:12"),
            Some(CompilerAnswer::Fails {
                code: Some("E0499".into()),
                line: Some(12)
            })
        );
        assert_eq!(
            parse_compiler_answer("error"),
            Some(CompilerAnswer::Fails {
                code: None,
                line: None
            })
        );
        assert_eq!(parse_compiler_answer("maybe"), None);
        assert_eq!(parse_compiler_answer("E038"), None);
        assert_eq!(parse_compiler_answer("E0382 five"), None);
    }

    #[test]
    fn grading_uses_code_and_line() {
        let v = Verdict::Fails {
            code: Some("E0382".into()),
            line: Some(5),
        };
        let a = |s| parse_compiler_answer(s).unwrap();
        assert!(grade_compiler(&v, Some(3), &a("E0382")).0);
        assert!(grade_compiler(&v, Some(3), &a("E0382 3")).0);
        assert!(!grade_compiler(&v, Some(3), &a("E0382 5")).0);
        assert!(!grade_compiler(&v, Some(3), &a("E0499")).0);
        assert!(!grade_compiler(&v, Some(3), &a("ok")).0);
        assert!(grade_compiler(&Verdict::Compiles, None, &a("ok")).0);
        let codeless = Verdict::Fails {
            code: None,
            line: Some(2),
        };
        assert!(grade_compiler(&codeless, Some(1), &a("error")).0);
        assert!(!grade_compiler(&codeless, Some(1), &a("E0133")).0);
    }

    #[test]
    fn flaw_answers_parse() {
        assert_eq!(parse_flaw("2"), Some("panics"));
        assert_eq!(parse_flaw("wrong result"), Some("wrong-result"));
        assert_eq!(parse_flaw("UB"), Some("undefined-behaviour"));
        assert_eq!(parse_flaw("never"), Some("never-completes"));
        assert_eq!(parse_flaw("7"), None);
        assert_eq!(parse_flaw("0"), None);
    }
}
