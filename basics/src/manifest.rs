//! The workspace's own manifests as tables of `key = value` entries, read with the `toml` crate and shared
//! by the questions that print them (Q31 the workspace's members and dependency table, Q40 its build
//! profiles).
//!
//! The `toml` crate parses; this module only flattens the document into what those questions print:
//! every `[table]` and `[[array-of-tables]]` entry in file order, each value as written in the file (an
//! inline table or an array keeps its braces and quotes, comments and line breaks inside it are dropped).

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// One `key = value` entry of a TOML table (the value as written, on one line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    pub value: String,
}

/// One `[table]` (or one element of a `[[array-of-tables]]`) with its entries, in file order. The
/// entries of the document's root, before any header, are in a table named `""`.
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

/// Parses `text` and returns its tables in file order, or the `toml` crate's error (with line and
/// column) when it is not valid TOML.
pub fn try_parse_tables(text: &str) -> Result<Vec<Table>, toml::de::Error> {
    let root = DeTable::parse(text)?;
    let mut tables = vec![(
        0,
        Table {
            name: String::new(),
            entries: Vec::new(),
        },
    )];
    flatten(text, "", root.get_ref(), &mut tables);
    // Headers can be written in any order relative to their parents; print them as the file has them.
    tables.sort_by_key(|(start, _)| *start);
    Ok(tables
        .into_iter()
        .map(|(_, t)| t)
        .filter(|t| t.name.is_empty() || !t.entries.is_empty())
        .collect())
}

/// [`try_parse_tables`] for the workspace's own `Cargo.toml` and `Cargo.lock`, which cargo has already
/// read, so they are valid TOML.
///
/// # Panics
/// If `text` is not valid TOML, with the parser's message.
pub fn parse_tables(text: &str) -> Vec<Table> {
    try_parse_tables(text).unwrap_or_else(|e| panic!("not valid TOML: {e}"))
}

/// Adds the entries of `table` (named `name`) to the last table of `out`, and every header table inside
/// it as a table of its own, keyed by where it starts in `text`.
fn flatten(text: &str, name: &str, table: &DeTable<'_>, out: &mut Vec<(usize, Table)>) {
    let current = out.len() - 1;
    // The parser's map is ordered by key, not by position: put the entries back in file order.
    let mut entries = Vec::new();
    dotted_entries(text, "", table, &mut entries, &mut |key, value| {
        let full = if name.is_empty() {
            key.to_string()
        } else {
            format!("{name}.{key}")
        };
        match value.get_ref() {
            DeValue::Table(inner) => {
                out.push((value.span().start, named(&full)));
                flatten(text, &full, inner, out);
            }
            DeValue::Array(items) => {
                for item in items {
                    out.push((item.span().start, named(&full)));
                    if let DeValue::Table(inner) = item.get_ref() {
                        flatten(text, &full, inner, out);
                    }
                }
            }
            _ => unreachable!("only header tables are handed back"),
        }
    });
    entries.sort_by_key(|(start, _)| *start);
    out[current]
        .1
        .entries
        .extend(entries.into_iter().map(|(_, e)| e));
}

/// Collects the `key = value` entries of `table` (a dotted key `edition.workspace = true` is one entry
/// with the key `edition.workspace`), and hands every header table and array of header tables to
/// `header`.
fn dotted_entries<'t>(
    text: &str,
    prefix: &str,
    table: &'t DeTable<'_>,
    entries: &mut Vec<(usize, Entry)>,
    header: &mut dyn FnMut(&str, &'t Spanned<DeValue<'_>>),
) {
    for (key, value) in table {
        let key_text = format!("{prefix}{}", as_key(key.get_ref()));
        let source = text[value.span()].trim_start();
        match value.get_ref() {
            DeValue::Table(_) if source.starts_with('[') => header(&key_text, value),
            DeValue::Table(inner) if !source.starts_with('{') => {
                dotted_entries(text, &format!("{key_text}."), inner, entries, header)
            }
            DeValue::Array(items)
                if !items.is_empty() && items.iter().all(|i| is_header_table(text, i)) =>
            {
                header(&key_text, value)
            }
            _ => entries.push((
                key.span().start,
                Entry {
                    key: key_text,
                    value: as_written(&text[value.span()]),
                },
            )),
        }
    }
}

/// A key as TOML writes it: bare if it can be (`release-fast`), quoted otherwise (`"*"`).
fn as_key(key: &str) -> String {
    let bare = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare {
        key.to_string()
    } else {
        format!("{key:?}")
    }
}

fn named(name: &str) -> Table {
    Table {
        name: name.to_string(),
        entries: Vec::new(),
    }
}

/// A `[header]` table (or an element of `[[header]]`): the parser keeps the span of each table, and
/// only a header's text starts with a bracket (an inline table's with a brace, a dotted key's with a key).
fn is_header_table(text: &str, value: &Spanned<DeValue<'_>>) -> bool {
    matches!(value.get_ref(), DeValue::Table(_)) && text[value.span()].trim_start().starts_with('[')
}

/// A value's source text on one line: comments dropped, runs of white space (line breaks included)
/// folded to one space.
fn as_written(source: &str) -> String {
    let without_comments: Vec<&str> = source.lines().map(strip_comment).collect();
    without_comments
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Removes a trailing `# comment` that is not inside a string.
fn strip_comment(line: &str) -> &str {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_entries_comments_and_multi_line_arrays() {
        let text = "top = 1\n[a] # comment\nzz = 0\nx = \"#not a comment\" # comment\nlist = [\n  \"p\", # first\n  \"q\",\n]\ndep = { version = \"1\", features = [\"x\"] }\nedition.workspace = true\n[[b]]\ny=2\n[[b]]\ny=3\n[c.d]\nz = true\n";
        let tables = parse_tables(text);
        let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["", "a", "b", "b", "c.d"]);
        assert_eq!(tables[0].get("top"), Some("1"));
        assert_eq!(tables[1].get("x"), Some("\"#not a comment\""));
        let keys: Vec<&str> = tables[1].entries.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            keys,
            ["zz", "x", "list", "dep", "edition.workspace"],
            "file order, not key order"
        );
        assert_eq!(tables[1].get("list"), Some("[ \"p\", \"q\", ]"));
        assert_eq!(
            tables[1].get("dep"),
            Some("{ version = \"1\", features = [\"x\"] }")
        );
        assert_eq!(tables[2].get("y"), Some("2"));
        assert_eq!(tables[3].get("y"), Some("3"));
        assert_eq!(tables[4].get("z"), Some("true"));
    }

    #[test]
    fn invalid_toml_is_an_error_with_its_position() {
        let err = try_parse_tables("[a]\nx = \n").unwrap_err().to_string();
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn the_workspace_manifest_reads() {
        let root = include_str!("../../Cargo.toml");
        let tables = parse_tables(root);
        let workspace = tables.iter().find(|t| t.name == "workspace").unwrap();
        assert_eq!(workspace.get("resolver"), Some("\"3\""));
        assert!(tables.iter().any(|t| t.name == "profile.release-fast"));
    }
}
