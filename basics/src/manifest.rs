//! A small reader for the TOML that this workspace's own manifests use, shared by the questions that
//! read them (Q31 prints the workspace's members and dependency table, Q40 its build profiles).
//!
//! It handles `[table]` / `[[array-of-tables]]` headers, `key = value` lines, arrays spanning several
//! lines and `#` comments: enough to read `Cargo.toml` and `Cargo.lock` here without a TOML dependency.
//! It is not a general TOML parser, and says so by ignoring what it does not understand rather than
//! guessing.

/// One `key = value` line of a TOML table (values are kept as written; arrays may span lines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    pub value: String,
}

/// One `[table]` with its entries, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub name: String,
    pub entries: Vec<Entry>,
}

impl Table {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.key == key)
            .map(|e| e.value.as_str())
    }
}

/// Removes a trailing `# comment` that is not inside a string.
pub fn strip_comment(line: &str) -> &str {
    let mut in_string = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => in_string = !in_string,
            '#' if !in_string => return &line[..i],
            _ => {}
        }
    }
    line
}

/// A deliberately small parser for the subset of TOML that Cargo manifests and `Cargo.lock` use here:
/// `[table]` / `[[array-of-tables]]` headers, `key = value` lines, multi-line arrays, comments. Enough
/// to read this workspace without adding a TOML dependency; not a general TOML parser.
pub fn parse_tables(text: &str) -> Vec<Table> {
    let mut tables = vec![Table {
        name: String::new(),
        entries: Vec::new(),
    }];
    let mut pending: Option<Entry> = None; // a multi-line array being collected
    for raw in text.lines() {
        let line = strip_comment(raw).trim();
        if let Some(entry) = pending.as_mut() {
            entry.value.push(' ');
            entry.value.push_str(line);
            if line.ends_with(']') {
                let done = pending.take().expect("pending entry");
                tables.last_mut().expect("a table").entries.push(done);
            }
            continue;
        }
        if line.is_empty() {
            continue;
        }
        if line.starts_with('[') {
            let name = line
                .trim_matches(|c| c == '[' || c == ']')
                .trim()
                .to_string();
            tables.push(Table {
                name,
                entries: Vec::new(),
            });
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue; // not a key/value line: ignore rather than fail
        };
        let entry = Entry {
            key: key.trim().to_string(),
            value: value.trim().to_string(),
        };
        if entry.value.starts_with('[') && !entry.value.ends_with(']') {
            pending = Some(entry);
        } else {
            tables.last_mut().expect("a table").entries.push(entry);
        }
    }
    tables
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_entries_comments_and_multi_line_arrays() {
        let text = "top = 1\n[a] # comment\nx = \"#not a comment\" # comment\nlist = [\n  \"p\",\n  \"q\",\n]\n[[b]]\ny=2\nnot a key line\n";
        let tables = parse_tables(text);
        let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["", "a", "b"]);
        assert_eq!(tables[0].get("top"), Some("1"));
        assert_eq!(tables[1].get("x"), Some("\"#not a comment\""));
        assert_eq!(tables[1].get("list"), Some("[ \"p\", \"q\", ]"));
        assert_eq!(tables[2].get("y"), Some("2"));
        assert_eq!(tables[2].entries.len(), 1);
    }
}
