//! Navigation and bookkeeping: the menu, `list`, `show`, `search`, `stats`, `reset`.

use crate::Session;
use crate::progress::{self, ItemState};
use crate::text::{self, Page};
use crate::workspace::{Question, Verdict, Workspace};
use std::collections::BTreeMap;

/// Every drill item of a question, by id (fix exercises are not counted: they are optional).
pub fn item_ids(ws: &Workspace, n: u32) -> Vec<String> {
    let mut ids: Vec<String> = ws
        .cases
        .iter()
        .filter(|c| c.question == Some(n))
        .map(|c| c.id.clone())
        .collect();
    ids.extend(
        ws.outputs
            .iter()
            .filter(|o| o.question == Some(n))
            .map(|o| o.id.clone()),
    );
    ids.extend(
        ws.bugs
            .iter()
            .filter(|b| b.question == Some(n))
            .map(|b| b.id.clone()),
    );
    ids.push(mock_id(n));
    ids
}

pub fn mock_id(n: u32) -> String {
    format!("mock:Q{n}")
}

/// `basic`, `basics`, `Basic` ... to the level name questions.toml uses.
pub fn parse_level(ws: &Workspace, s: &str) -> Result<String, String> {
    let s = s.trim().to_lowercase();
    let found = ws
        .questions
        .iter()
        .find(|q| q.level == s || q.krate == s || format!("{}s", q.level) == s);
    match found {
        Some(q) => Ok(q.level.clone()),
        None => {
            let mut levels: Vec<&str> = ws.questions.iter().map(|q| q.level.as_str()).collect();
            levels.dedup();
            Err(format!(
                "unknown level {s:?}: choose one of {}",
                levels.join(", ")
            ))
        }
    }
}

pub fn find_question<'a>(ws: &'a Workspace, key: &str) -> Result<&'a Question, String> {
    ws.find_question(key).ok_or_else(|| {
        format!(
            "no question {key:?}: give a number from 1 to {} or a bin name (`interview list` shows them)",
            ws.questions.len()
        )
    })
}

struct Tally {
    total: usize,
    seen: usize,
    mastered: usize,
    right: u32,
    answers: u32,
}

fn tally(ws: &Workspace, s: &Session, n: u32) -> Tally {
    let ids = item_ids(ws, n);
    let states: Vec<&ItemState> = ids
        .iter()
        .filter_map(|id| s.progress.items.get(id))
        .collect();
    Tally {
        total: ids.len(),
        seen: states.len(),
        mastered: states.iter().filter(|st| st.mastered()).count(),
        right: states.iter().map(|st| st.right).sum(),
        answers: states.iter().map(|st| st.seen()).sum(),
    }
}

fn bar(seen: usize, total: usize) -> String {
    let width = 10;
    let filled = (seen * width).checked_div(total).unwrap_or(0);
    format!("[{}{}]", "#".repeat(filled), ".".repeat(width - filled))
}

pub fn due_count(s: &Session) -> usize {
    s.progress
        .items
        .iter()
        .filter(|(id, st)| !id.starts_with("fix:") && st.due <= s.today)
        .count()
}

pub fn menu(ws: &Workspace, s: &Session) -> Result<(), String> {
    let ui = &s.ui;
    println!(
        "{}",
        ui.bold("Rust interview practice: 40 questions, graded by this workspace's proofs")
    );
    println!();
    let fails = ws.cases.iter().filter(|c| !c.is_pass()).count();
    let passes = ws.cases.len() - fails;
    let rows = [
        ("list", "the 40 questions, with your progress".to_string()),
        (
            "show <N|bin>",
            "one question: follow-up, commands, files".to_string(),
        ),
        (
            "search <words>",
            "questions, follow-ups, docs, compiler messages".to_string(),
        ),
        (
            "compiler",
            format!("predict the compiler: {fails} failing + {passes} compiling programs"),
        ),
        (
            "output",
            format!("predict the output: {} stored lines", ws.outputs.len()),
        ),
        (
            "bug",
            format!(
                "spot the bug: {} kept versions of the guide's code",
                ws.bugs.len()
            ),
        ),
        (
            "mock [--minutes M]",
            "mock interview: question, follow-up, key points".to_string(),
        ),
        (
            "fix <case>",
            "make a compile-fail case compile; then check, hint, watch".to_string(),
        ),
        ("review", "what is due today, weakest first".to_string()),
        ("stats", "mastery per question and level".to_string()),
        ("reset", "start over".to_string()),
    ];
    for (cmd, what) in rows {
        println!("  {}  {what}", ui.accent(&format!("{cmd:<20}")));
    }
    println!();
    println!("Drills take --question N, --level L, --count K and --seed S.");
    println!(
        "Run as `cargo run --bin interview -- <command>`; below, `interview <command>` is short for that."
    );
    println!();
    let answered: u32 = s.progress.items.values().map(ItemState::seen).sum();
    if answered == 0 {
        println!(
            "Progress: nothing answered yet. A good start: `interview compiler --level basic`."
        );
    } else {
        let total: usize = ws.questions.iter().map(|q| item_ids(ws, q.n).len()).sum();
        let seen = s
            .progress
            .items
            .keys()
            .filter(|k| !k.starts_with("fix:"))
            .count();
        let mastered = s.progress.items.values().filter(|st| st.mastered()).count();
        println!(
            "Progress: {seen} of {total} items seen, {mastered} mastered, {} due for review today.",
            due_count(s)
        );
    }
    println!(
        "{}",
        ui.dim(&format!("(progress file: {})", s.path.display()))
    );
    Ok(())
}

pub fn list(ws: &Workspace, s: &Session, level: Option<&str>) -> Result<(), String> {
    let level = level.map(|l| parse_level(ws, l)).transpose()?;
    println!(
        "{}",
        s.ui.bold(&format!(
            "{:>3}  {:<12}  {:<62}  {}",
            "Q", "level", "title", "progress"
        ))
    );
    for q in &ws.questions {
        if level.as_ref().is_some_and(|l| *l != q.level) {
            continue;
        }
        let t = tally(ws, s, q.n);
        let mut title = q.title.clone();
        if title.chars().count() > 62 {
            title = title.chars().take(61).collect::<String>() + "…";
        }
        println!(
            "{:>3}  {:<12}  {:<62}  {} {}/{}",
            q.n,
            q.level,
            title,
            bar(t.seen, t.total),
            t.seen,
            t.total
        );
    }
    println!("{}", s.ui.dim("progress: items seen / items for the question (all drills). `interview show N` for one."));
    Ok(())
}

pub fn show(ws: &Workspace, s: &Session, key: &str) -> Result<(), String> {
    let q = find_question(ws, key)?;
    let ui = &s.ui;
    println!(
        "{}",
        ui.bold(&format!("Q{} · {} · {}", q.n, q.level, q.title))
    );
    println!("Follow-up: {}", q.follow_up);
    println!();
    let module = ws.root.join(q.module_path());
    let src = std::fs::read_to_string(&module).unwrap_or_default();
    match text::parse_page(&src) {
        Page::Converted { answer, .. } => println!("Answer: {answer}"),
        Page::NotConverted { first_paragraph } => {
            println!("From the module doc: {first_paragraph}")
        }
    }
    println!();
    println!("{}", ui.bold("Run"));
    println!("  cargo run --bin {}", q.bin);
    println!("  cargo run --bin {}", q.follow_up_bin);
    println!("  cargo test -p {} --lib {}", q.krate, q.bin);
    let cases: Vec<_> = ws
        .cases
        .iter()
        .filter(|c| c.question == Some(q.n))
        .collect();
    let mut harnesses: Vec<String> = cases.iter().map(|c| c.proof()).collect();
    harnesses.dedup();
    for h in harnesses {
        println!("  {h}");
    }
    println!();
    println!("{}", ui.bold("Source"));
    println!("  {}", q.module_path());
    if let Some((path, _)) = ws.bin_source(&q.follow_up_bin) {
        println!("  {path}  (the follow-up)");
    }
    let outputs: Vec<String> = {
        let mut v: Vec<String> = ws
            .outputs
            .iter()
            .filter(|o| o.question == Some(q.n))
            .map(|o| o.stdout_path.clone())
            .collect();
        for bin in [&q.bin, &q.follow_up_bin] {
            let p = format!("{}/tests/cmd/{bin}.stdout", q.krate);
            if ws.root.join(&p).exists() {
                v.push(p);
            }
        }
        v.sort();
        v.dedup();
        v
    };
    if !outputs.is_empty() {
        println!();
        println!("{}", ui.bold("Stored output"));
        for o in outputs {
            println!("  {o}");
        }
    }
    if !cases.is_empty() {
        println!();
        println!("{}", ui.bold("Compile-fail and pass cases"));
        for c in &cases {
            let what = match &c.verdict {
                Verdict::Compiles => "compiles".to_string(),
                Verdict::Fails { code, line } => format!(
                    "{}{}",
                    code.as_deref().unwrap_or("error"),
                    line.map(|l| format!(" at line {l}")).unwrap_or_default()
                ),
            };
            println!("  {:<66} {what}", c.path);
        }
    }
    let bugs: Vec<_> = ws.bugs.iter().filter(|b| b.question == Some(q.n)).collect();
    if !bugs.is_empty() {
        println!();
        println!("{}", ui.bold("The guide's kept versions"));
        for b in bugs {
            println!("  {} ({}): {}", b.name, b.location, b.kind);
        }
    }
    println!();
    println!(
        "Practise: interview compiler --question {n} · output --question {n} · bug --question {n} · mock --question {n}",
        n = q.n
    );
    Ok(())
}

struct Doc {
    question: Option<u32>,
    place: String,
    text: String,
    weight: u32,
}

pub fn search(ws: &Workspace, s: &Session, query: &str) -> Result<(), String> {
    let terms: Vec<String> = text::words(query);
    if terms.is_empty() {
        return Err("search needs at least one word".into());
    }
    let mut docs = Vec::new();
    for q in &ws.questions {
        docs.push(Doc {
            question: Some(q.n),
            place: "title".into(),
            text: q.title.clone(),
            weight: 4,
        });
        docs.push(Doc {
            question: Some(q.n),
            place: "follow-up".into(),
            text: q.follow_up.clone(),
            weight: 3,
        });
        for bin in [&q.bin, &q.follow_up_bin] {
            if let Some((path, src)) = ws.bin_source(bin) {
                for p in text::paragraphs(&text::module_doc(&src)) {
                    docs.push(Doc {
                        question: Some(q.n),
                        place: path.clone(),
                        text: p,
                        weight: 1,
                    });
                }
            }
        }
    }
    for c in ws.cases.iter().filter(|c| !c.is_pass()) {
        docs.push(Doc {
            question: c.question,
            place: c.path.clone(),
            text: c.headline(),
            weight: 2,
        });
    }
    let mut scored: Vec<(u32, &Doc)> = docs
        .iter()
        .filter_map(|d| {
            let words = text::words(&d.text);
            let mut score = 0;
            for t in &terms {
                let hits = words
                    .iter()
                    .filter(|w| w == &t || (t.len() > 3 && w.starts_with(t.as_str())))
                    .count();
                if hits == 0 {
                    return None; // every word must match
                }
                score += d.weight * (1 + hits.min(3) as u32);
            }
            Some((score, d))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.question.cmp(&b.1.question)));
    if scored.is_empty() {
        println!("No match for {query:?}. Try fewer or other words.");
        return Ok(());
    }
    println!("{} matches for {query:?}, best first:", scored.len());
    for (_, d) in scored.iter().take(12) {
        let q = d.question.map_or("  -".to_string(), |n| format!("Q{n:<2}"));
        let mut snippet: String = d.text.chars().take(110).collect();
        if d.text.chars().count() > 110 {
            snippet.push('…');
        }
        println!("  {} {}  {}", s.ui.bold(&q), s.ui.dim(&d.place), snippet);
    }
    if scored.len() > 12 {
        println!("  … and {} more", scored.len() - 12);
    }
    Ok(())
}

pub fn stats(ws: &Workspace, s: &Session) -> Result<(), String> {
    let ui = &s.ui;
    println!(
        "{}",
        ui.bold(&format!(
            "{:>3}  {:<12}  {:>5}  {:>8}  {:>8}  {}",
            "Q", "level", "seen", "mastered", "accuracy", "title"
        ))
    );
    let mut levels: BTreeMap<usize, (String, usize, usize, usize, u32, u32)> = BTreeMap::new();
    for q in &ws.questions {
        let t = tally(ws, s, q.n);
        let order = ws
            .questions
            .iter()
            .position(|x| x.level == q.level)
            .unwrap_or(0);
        let e = levels
            .entry(order)
            .or_insert((q.level.clone(), 0, 0, 0, 0, 0));
        e.1 += t.total;
        e.2 += t.seen;
        e.3 += t.mastered;
        e.4 += t.right;
        e.5 += t.answers;
        let acc = (t.right * 100)
            .checked_div(t.answers)
            .map_or("-".to_string(), |p| format!("{p}%"));
        let title: String = q.title.chars().take(44).collect();
        println!(
            "{:>3}  {:<12}  {:>5}  {:>8}  {:>8}  {title}",
            q.n,
            q.level,
            format!("{}/{}", t.seen, t.total),
            t.mastered,
            acc
        );
    }
    println!();
    println!("{}", ui.bold("Per level"));
    for (_, (level, total, seen, mastered, right, answers)) in levels {
        let acc = (right * 100)
            .checked_div(answers)
            .map_or("-".to_string(), |p| format!("{p}%"));
        println!(
            "  {level:<12}  {seen:>4}/{total:<4} seen  {mastered:>4} mastered  accuracy {acc}"
        );
    }
    println!();
    println!(
        "{} typed mock answers kept; {} items due today. Mastered = box 4 or 5 (answered right 4 times running).",
        s.progress.mock_answers.len(),
        due_count(s)
    );
    Ok(())
}

pub fn reset(s: &mut Session, yes: bool) -> Result<(), String> {
    let path = s.path.clone();
    if !path.exists() {
        println!(
            "Nothing to reset: there is no progress file at {}.",
            path.display()
        );
        return Ok(());
    }
    if !yes {
        println!(
            "This forgets every answer, box and typed mock answer in {}.",
            path.display()
        );
        match s.ui.ask("Type `yes` to start over: ") {
            Some(a) if a.trim() == "yes" => {}
            _ => {
                println!("Nothing was changed.");
                return Ok(());
            }
        }
    }
    // A file this version cannot read is kept aside, never overwritten.
    if progress::load(&path).is_err() {
        let aside = path.with_extension("json.damaged");
        std::fs::rename(&path, &aside)
            .map_err(|e| format!("cannot move {} aside: {e}", path.display()))?;
        println!("The unreadable file was kept as {}.", aside.display());
    }
    s.progress = progress::Progress::new();
    s.save()?;
    println!(
        "Progress reset: {} now holds a fresh start.",
        path.display()
    );
    Ok(())
}
