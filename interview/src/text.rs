//! Small readers of Rust source text: comment stripping (with a line map, so a compiler's line number can
//! be shown against the stripped program), brace-balanced item extraction and module-doc parsing. They
//! only have to understand the workspace's own files, so they are lexers, not parsers.

/// A program with its comments removed, and where each original line went.
#[derive(Debug, Clone)]
pub struct Stripped {
    pub text: String,
    /// `line_map[i]` is the 1-based line in `text` of original line `i + 1`, if it was kept.
    pub line_map: Vec<Option<u32>>,
}

impl Stripped {
    pub fn line(&self, original: u32) -> Option<u32> {
        self.line_map
            .get(original.checked_sub(1)? as usize)
            .copied()
            .flatten()
    }
}

/// Removes `//` and `/* */` comments (doc comments included), keeping string and char literals intact.
/// Lines that held only a comment disappear; runs of blank lines shrink to one.
pub fn strip_comments(src: &str) -> Stripped {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    // For each output char position we only need to know, per original line, whether it had a comment.
    let mut had_comment = vec![false];
    let mut i = 0;
    let mut depth = 0usize; // block comment nesting
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if depth > 0 {
            if c == '*' && next == Some('/') {
                depth -= 1;
                i += 2;
            } else if c == '/' && next == Some('*') {
                depth += 1;
                i += 2;
            } else {
                if c == '\n' {
                    out.push('\n');
                    had_comment.push(true);
                }
                i += 1;
            }
            continue;
        }
        match c {
            '/' if next == Some('/') => {
                *had_comment.last_mut().expect("one entry per line") = true;
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                *had_comment.last_mut().expect("one entry per line") = true;
                depth = 1;
                i += 2;
            }
            '"' => {
                i = copy_string(&chars, i, &mut out, &mut had_comment);
            }
            'r' if (next == Some('"') || next == Some('#'))
                && (i == 0 || !is_ident(chars[i - 1])) =>
            {
                i = copy_raw_string(&chars, i, &mut out, &mut had_comment);
            }
            '\'' => {
                // A char literal ('x', '\n', '\u{1F600}') or a lifetime ('a).
                let close = if next == Some('\\') {
                    (i + 2..chars.len().min(i + 12)).find(|&j| chars[j] == '\'')
                } else if chars.get(i + 2) == Some(&'\'') {
                    Some(i + 2)
                } else {
                    None
                };
                let end = close.map_or(i + 1, |j| j + 1);
                out.extend(&chars[i..end]);
                i = end;
            }
            '\n' => {
                out.push('\n');
                had_comment.push(false);
                i += 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    let mut text = String::new();
    let mut line_map = Vec::new();
    let mut kept = 0u32;
    let mut last_blank = true; // drops leading blank lines
    for (idx, line) in out.split('\n').enumerate() {
        let line = line.trim_end();
        let blank = line.trim().is_empty();
        let commented = had_comment.get(idx).copied().unwrap_or(false);
        if blank && (commented || last_blank) {
            line_map.push(None);
            continue;
        }
        kept += 1;
        text.push_str(line);
        text.push('\n');
        line_map.push(Some(kept));
        last_blank = blank;
    }
    while text.ends_with("\n\n") {
        text.pop();
    }
    Stripped { text, line_map }
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn copy_string(chars: &[char], start: usize, out: &mut String, lines: &mut Vec<bool>) -> usize {
    out.push('"');
    let mut i = start + 1;
    while i < chars.len() {
        let c = chars[i];
        out.push(c);
        if c == '\n' {
            lines.push(false);
        }
        if c == '\\' {
            if let Some(&n) = chars.get(i + 1) {
                out.push(n);
                if n == '\n' {
                    lines.push(false);
                }
            }
            i += 2;
            continue;
        }
        i += 1;
        if c == '"' {
            break;
        }
    }
    i
}

fn copy_raw_string(chars: &[char], start: usize, out: &mut String, lines: &mut Vec<bool>) -> usize {
    let mut i = start + 1;
    let mut hashes = 0;
    while chars.get(i) == Some(&'#') {
        hashes += 1;
        i += 1;
    }
    if chars.get(i) != Some(&'"') {
        // `r#ident` (a raw identifier), not a string.
        out.extend(&chars[start..i]);
        return i;
    }
    out.extend(&chars[start..=i]);
    i += 1;
    while i < chars.len() {
        let c = chars[i];
        out.push(c);
        if c == '\n' {
            lines.push(false);
        }
        i += 1;
        if c == '"' && (0..hashes).all(|k| chars.get(i + k) == Some(&'#')) {
            out.extend(std::iter::repeat_n('#', hashes));
            i += hashes;
            break;
        }
    }
    i
}

/// The text of the item that starts on `start_line` (0-based), up to its matching closing brace (or the
/// first `;` at depth 0 for a braceless item). Comments, strings and char literals are skipped; the scan
/// stops at the item's end, so it costs the item's length, not the file's.
pub fn item_at(lines: &[&str], start_line: usize) -> Option<String> {
    let mut depth = 0i32;
    let mut seen_brace = false;
    let mut block = 0usize; // block comment nesting
    let mut in_str = false;
    let mut raw_hashes: Option<usize> = None;
    for (n, line) in lines.iter().enumerate().skip(start_line) {
        let b = line.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            let next = b.get(i + 1).copied();
            if block > 0 {
                if c == b'*' && next == Some(b'/') {
                    block -= 1;
                    i += 1;
                } else if c == b'/' && next == Some(b'*') {
                    block += 1;
                    i += 1;
                }
            } else if let Some(h) = raw_hashes {
                if c == b'"' && b[i + 1..].iter().take(h).filter(|&&x| x == b'#').count() == h {
                    raw_hashes = None;
                    i += h;
                }
            } else if in_str {
                if c == b'\\' {
                    i += 1;
                } else if c == b'"' {
                    in_str = false;
                }
            } else {
                match c {
                    b'/' if next == Some(b'/') => break,
                    b'/' if next == Some(b'*') => {
                        block = 1;
                        i += 1;
                    }
                    b'"' => in_str = true,
                    b'r' if (next == Some(b'"') || next == Some(b'#'))
                        && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
                    {
                        let h = b[i + 1..].iter().take_while(|&&x| x == b'#').count();
                        if b.get(i + 1 + h) == Some(&b'"') {
                            raw_hashes = Some(h);
                            i += 1 + h;
                        }
                    }
                    b'\'' => {
                        // A char literal ('x', '\n', '{') is skipped; a lifetime ('a) is not one.
                        if next == Some(b'\\') {
                            if let Some(k) = b[i + 2..].iter().position(|&x| x == b'\'') {
                                i += 2 + k;
                            }
                        } else if let Some(k) = b[i + 1..].iter().take(5).position(|&x| x == b'\'')
                            && line[i + 1..i + 1 + k].chars().count() == 1
                        {
                            i += 1 + k;
                        }
                    }
                    b'{' => {
                        depth += 1;
                        seen_brace = true;
                    }
                    b'}' => {
                        depth -= 1;
                        if seen_brace && depth == 0 {
                            return Some(lines[start_line..=n].join("\n"));
                        }
                    }
                    b';' if !seen_brace && depth == 0 => {
                        return Some(lines[start_line..=n].join("\n"));
                    }
                    _ => {}
                }
            }
            i += 1;
        }
    }
    None
}

/// The `//!` lines at the top of a module, without the marker.
pub fn module_doc(src: &str) -> Vec<String> {
    src.lines()
        .take_while(|l| l.trim_start().starts_with("//!") || l.trim().is_empty())
        .filter(|l| l.trim_start().starts_with("//!"))
        .map(|l| {
            let t = l.trim_start().trim_start_matches("//!");
            t.strip_prefix(' ').unwrap_or(t).to_string()
        })
        .collect()
}

/// Paragraphs of a doc: runs of non-blank lines joined with spaces; a heading (`# ...`) is its own
/// paragraph, and each `- ` bullet starts a new one.
pub fn paragraphs(doc: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for line in doc {
        let t = line.trim();
        let starts_new = t.is_empty() || t.starts_with('#') || t.starts_with("- ");
        if starts_new && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        if t.is_empty() {
            continue;
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(t);
        if t.starts_with('#') {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// One key point of an answer, with the command that proves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPoint {
    pub text: String,
    pub proof: Option<String>,
}

/// What a "One page per answer" module doc says: the one-sentence answer and the key points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// The doc has the `**Q<n> · topic.**` label.
    Converted {
        label: String,
        answer: String,
        points: Vec<KeyPoint>,
    },
    /// Not in that shape yet: the first paragraph of the doc, as it is.
    NotConverted { first_paragraph: String },
}

/// Reads a module doc in the shape CONTRIBUTING.md's "One page per answer" describes.
pub fn parse_page(src: &str) -> Page {
    let doc = module_doc(src);
    let paras = paragraphs(&doc);
    let labelled = paras.iter().position(|p| {
        p.starts_with("**Q")
            && (p.contains(" · ") || p.contains(" follow-up ·"))
            && p[3..].contains("**")
    });
    let Some(at) = labelled else {
        // A first paragraph that only restates the question is followed by the next one.
        let text: Vec<&String> = paras.iter().filter(|p| !p.starts_with('#')).collect();
        let mut first = text.first().map(|p| p.to_string()).unwrap_or_default();
        if first.len() < 120
            && let Some(next) = text.get(1)
        {
            first = format!("{first} {next}");
        }
        return Page::NotConverted {
            first_paragraph: first,
        };
    };
    let p = &paras[at];
    let close = p[2..].find("**").map_or(p.len(), |k| k + 2);
    let label = p[2..close].trim().to_string();
    let answer = p.get(close + 2..).unwrap_or("").trim().to_string();
    let mut points = Vec::new();
    for para in &paras[at + 1..] {
        if let Some(b) = para.strip_prefix("- ") {
            points.push(split_proof(b));
        } else if !points.is_empty() || para.starts_with('#') {
            break;
        }
    }
    Page::Converted {
        label,
        answer,
        points,
    }
}

fn split_proof(bullet: &str) -> KeyPoint {
    match bullet.rfind("Proof:") {
        Some(k) => {
            let proof = bullet[k + 6..].trim().trim_matches('`').trim().to_string();
            KeyPoint {
                text: bullet[..k].trim().to_string(),
                proof: (!proof.is_empty()).then_some(proof),
            }
        }
        None => KeyPoint {
            text: bullet.trim().to_string(),
            proof: None,
        },
    }
}

/// Lower-case words of a text, for search.
pub fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_go_and_lines_are_mapped() {
        let src = "// header\nfn main() {\n    let s = \"a // not a comment\"; // gone\n    /* block\n    */\n    let c = '/';\n}\n";
        let s = strip_comments(src);
        assert_eq!(
            s.text,
            "fn main() {\n    let s = \"a // not a comment\";\n    let c = '/';\n}\n"
        );
        assert_eq!(s.line(1), None);
        assert_eq!(s.line(2), Some(1));
        assert_eq!(s.line(3), Some(2));
        assert_eq!(s.line(6), Some(3));
    }

    #[test]
    fn lifetimes_are_not_char_literals() {
        let s = strip_comments("fn f<'a>(x: &'a str) -> &'a str { x } // c\n");
        assert_eq!(s.text, "fn f<'a>(x: &'a str) -> &'a str { x }\n");
    }

    #[test]
    fn items_end_at_their_closing_brace() {
        let src = "pub fn f() {\n    if x { \"}\" } // }\n}\nfn g() {}\n";
        let lines: Vec<&str> = src.lines().collect();
        assert_eq!(
            item_at(&lines, 0).unwrap(),
            "pub fn f() {\n    if x { \"}\" } // }\n}"
        );
        assert_eq!(item_at(&lines, 3).unwrap(), "fn g() {}");
        let unit = ["pub struct S;", "fn x() {}"];
        assert_eq!(item_at(&unit, 0).unwrap(), "pub struct S;");
    }

    #[test]
    fn a_converted_page_gives_answer_and_points() {
        let src = "//! **Q5 · Ownership.** One owner;\n//! moves.\n//!\n//! - First. Proof: `cargo test -p basics`\n//! - Second,\n//!   continued. Proof: `cargo run --bin x`\n//!\n//! # Run it\n//! - not a point\nfn main() {}\n";
        assert_eq!(
            parse_page(src),
            Page::Converted {
                label: "Q5 · Ownership.".into(),
                answer: "One owner; moves.".into(),
                points: vec![
                    KeyPoint {
                        text: "First.".into(),
                        proof: Some("cargo test -p basics".into())
                    },
                    KeyPoint {
                        text: "Second, continued.".into(),
                        proof: Some("cargo run --bin x".into())
                    },
                ],
            }
        );
        assert_eq!(
            parse_page("//! Q5 — old style.\n//! More.\n"),
            Page::NotConverted {
                first_paragraph: "Q5 — old style. More.".into()
            }
        );
    }
}
