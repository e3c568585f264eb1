//! Keeps `performance/CLAIMS.md` honest (the ledger of the guide's figures).
//!
//! - A row about a deterministic fact quotes a line of a binary's stored output
//!   (`` `crate/tests/cmd/bin.stdout` ∋ `line` ``); the output tests prove the binary prints that file, and
//!   this test proves the quoted line is really in it. So the ledger cannot claim a size or a count that the
//!   code does not print.
//! - A row about a timing names the bench (`cargo bench -p CRATE --bench NAME`), script or release binary
//!   that measures it; this test checks that they exist and that each benchmark id it cites is built by that bench, so the
//!   refresh command (`python3 performance/scripts/claims.py --run`) cannot silently skip a row.
//! - Every row has a verdict, and the figures the ledger must cover are all there.
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

struct Row {
    number: String,
    question: u32,
    verdict: String,
    measured_by: String,
}

fn rows() -> Vec<Row> {
    let text = std::fs::read_to_string(root().join("performance/CLAIMS.md")).expect("CLAIMS.md");
    text.lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| #") && !l.starts_with("| ---"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 6, "a ledger row has 6 cells: {line}");
            Row {
                number: cells[0].to_string(),
                question: cells[1]
                    .parse()
                    .unwrap_or_else(|_| panic!("bad Q in {line}")),
                verdict: cells[4].to_string(),
                measured_by: cells[5].to_string(),
            }
        })
        .collect()
}

/// The backticked items of a cell, in order.
fn code_spans(cell: &str) -> Vec<&str> {
    cell.split('`').skip(1).step_by(2).collect()
}

#[test]
fn every_row_has_a_question_a_verdict_and_a_way_to_measure() {
    let rows = rows();
    assert!(rows.len() >= 30, "only {} rows", rows.len());
    for row in &rows {
        assert!(
            (1..=40).contains(&row.question),
            "row {}: Q{}",
            row.number,
            row.question
        );
        assert!(
            [
                "holds",
                "does not hold",
                "partly holds",
                "depends on hardware"
            ]
            .iter()
            .any(|v| row.verdict.starts_with(v)),
            "row {}: verdict must start with holds / does not hold / partly holds / depends on hardware: {}",
            row.number,
            row.verdict
        );
        let spans = code_spans(&row.measured_by);
        assert!(
            spans.iter().any(|s| s.ends_with(".stdout")
                || s.starts_with("cargo bench")
                || s.starts_with("cargo run --release")
                || s.starts_with("bash ")),
            "row {} names no stored output, bench, binary or script: {}",
            row.number,
            row.measured_by
        );
    }
}

#[test]
fn quoted_output_lines_are_in_the_stored_outputs() {
    let mut checked = 0;
    for row in rows() {
        let spans = code_spans(&row.measured_by);
        let Some(file) = spans.iter().find(|s| s.ends_with(".stdout")) else {
            continue;
        };
        let stored = std::fs::read_to_string(root().join(file))
            .unwrap_or_else(|e| panic!("row {}: cannot read {file}: {e}", row.number));
        // Every span after the file name is a line that file must contain, exactly (indentation aside:
        // a Markdown code span cannot start with spaces).
        for quoted in spans.iter().filter(|s| !s.ends_with(".stdout")) {
            assert!(
                stored.lines().any(|line| line.trim() == *quoted),
                "row {}: {file} has no line `{quoted}`",
                row.number
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} quoted lines checked");
}

#[test]
fn benches_scripts_and_benchmark_ids_exist() {
    for row in rows() {
        let spans = code_spans(&row.measured_by);
        let mut bench_source = String::new();
        for span in &spans {
            if let Some(rest) = span.strip_prefix("cargo bench -p ") {
                let words: Vec<&str> = rest.split_whitespace().collect();
                let (krate, bench) = (words[0], words[2]);
                let path = root()
                    .join(krate)
                    .join("benches")
                    .join(format!("{bench}.rs"));
                bench_source = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("row {}: {}: {e}", row.number, path.display()));
            } else if let Some(script) = span.strip_prefix("bash ") {
                assert!(
                    root().join(script).is_file(),
                    "row {}: no script {script}",
                    row.number
                );
            } else if let Some(bin) = span.strip_prefix("cargo run --release -q --bin ") {
                assert!(
                    root()
                        .join("performance/src/bin")
                        .join(format!("{bin}.rs"))
                        .is_file(),
                    "row {}: no binary {bin} in performance",
                    row.number
                );
            }
        }
        for span in &spans {
            let ids: Vec<&str> = if let Some(id) = span.strip_prefix("time:") {
                vec![id]
            } else if let Some(pair) = span.strip_prefix("ratio:") {
                pair.split(" ÷ ").collect()
            } else {
                continue;
            };
            assert!(
                !bench_source.is_empty(),
                "row {}: benchmark id without a bench",
                row.number
            );
            for id in ids {
                // Ids are built from string literals (some with format!), so every word of the id
                // must occur in the bench's source.
                for word in id
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .filter(|w| w.len() >= 3)
                {
                    assert!(
                        bench_source.contains(word),
                        "row {}: benchmark id `{id}`: `{word}` does not occur in the bench",
                        row.number
                    );
                }
            }
        }
    }
}

#[test]
fn the_figures_the_ledger_must_cover_are_there() {
    let questions: std::collections::BTreeSet<u32> = rows().iter().map(|r| r.question).collect();
    for q in [3, 7, 15, 16, 19, 22, 25, 27, 28, 36, 37, 38, 39, 40] {
        assert!(questions.contains(&q), "no ledger row for Q{q}");
    }
}
