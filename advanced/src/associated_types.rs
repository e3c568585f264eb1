//! Q23 — Associated types vs generic parameters: an associated type is chosen *once* per implementing
//! type (one `Processor` impl for `CsvParser`, one `Item` per iterator), a generic parameter allows
//! *several* impls for the same type (`Temperature` is `Convertible<f64>` and `Convertible<String>`).
//!
//! Run `cargo run --bin associated_types`. The first and the `212°F = 100.0°C` lines are the guide's
//! output. Notice:
//! - `parser.process(csv)` needs no type annotation: `CsvParser` has exactly one `Processor` impl, so
//!   `Input`, `Output` and `Error` are known. Generic code names them as `P::Output`.
//! - `temp.convert()` *does* need one: with two impls the compiler cannot pick one by itself, which is
//!   the price of a generic parameter (leaving it out is E0283,
//!   `tests/ui/associated_types/ambiguous_generic_impl.rs`).
//! - A type cannot implement `Processor` twice with different `Output`s (E0119,
//!   `tests/ui/associated_types/second_impl_conflicts.rs`): that is the "one implementation" rule.
//!
//! The guide's `CsvParser` declares `type Error = std::io::Error` but can never fail, and `main` calls
//! `.unwrap()`. Here a row whose number of fields differs from the header's is an
//! `io::ErrorKind::InvalidData` error naming the line, and `main` prints that error instead of
//! panicking (the last lines of the output, and the tests), because a parser that silently accepts
//! ragged rows hands garbage to whatever reads the columns.
//!
//! Follow-up (bounds on associated types, `where` clauses): [`follow_up`],
//! `cargo run --bin associated_type_bounds`.

use std::io;

/// One `Input`, `Output` and `Error` per implementing type.
pub trait Processor {
    type Input;
    type Output;
    type Error;
    fn process(&self, input: Self::Input) -> Result<Self::Output, Self::Error>;
}

/// Splits comma-separated lines into fields (no quoting: a field cannot contain a comma).
pub struct CsvParser;

impl Processor for CsvParser {
    type Input = String; // set once, for every use of CsvParser as a Processor
    type Output = Vec<Vec<String>>;
    type Error = io::Error;

    fn process(&self, input: String) -> Result<Vec<Vec<String>>, io::Error> {
        let rows: Vec<Vec<String>> = input
            .lines()
            .map(|line| line.split(',').map(String::from).collect())
            .collect();
        // Every row must have as many fields as the first (the header).
        if let Some(header) = rows.first()
            && let Some((index, row)) = rows
                .iter()
                .enumerate()
                .find(|(_, row)| row.len() != header.len())
        {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "line {} has {} field(s), the header has {}",
                    index + 1,
                    row.len(),
                    header.len()
                ),
            ));
        }
        Ok(rows)
    }
}

/// Several implementations for one type: one per target type `T`.
pub trait Convertible<T> {
    fn convert(&self) -> T;
}

/// A temperature in degrees Celsius.
pub struct Temperature(pub f64);

impl Convertible<f64> for Temperature {
    fn convert(&self) -> f64 {
        self.0 * 9.0 / 5.0 + 32.0 // to Fahrenheit
    }
}

impl Convertible<String> for Temperature {
    fn convert(&self) -> String {
        format!("{:.1}°C", self.0) // to a label
    }
}

/// Generic over any processor: its associated types are reached through `P::...`, no extra parameters.
pub fn run_all<P: Processor>(
    processor: &P,
    inputs: Vec<P::Input>,
) -> Vec<Result<P::Output, P::Error>> {
    inputs
        .into_iter()
        .map(|input| processor.process(input))
        .collect()
}

pub fn main() {
    let parser = CsvParser;
    let csv = "name,age\nAlice,30\nBob,25".to_string();
    match parser.process(csv) {
        Ok(rows) => println!("{:?}", rows),
        Err(e) => println!("error: {e}"),
    }

    let temp = Temperature(100.0);
    let fahrenheit: f64 = temp.convert(); // picks Convertible<f64>
    let label: String = temp.convert(); // picks Convertible<String>
    // let unknown = temp.convert(); // ❌ E0283 — tests/ui/associated_types/ambiguous_generic_impl.rs
    println!("{}°F = {}", fahrenheit, label); // 212°F = 100.0°C

    println!("--- bad input is an error, not a panic ---");
    let inputs = vec![
        "a,b\n1,2".to_string(),
        "name,age\nAlice,30\nBob".to_string(),
    ];
    for result in run_all(&parser, inputs) {
        match result {
            Ok(rows) => println!("ok: {} row(s)", rows.len()),
            Err(e) => println!("error ({:?}): {e}", e.kind()),
        }
    }
}

/// Follow-up: how do you add trait bounds to associated types? Show an example with `where` clauses.
///
/// Three places, from "every implementation must" to "this one function needs":
/// 1. **In the trait** (`type Output: Debug;`): every impl must pick a type that satisfies the bound,
///    and every user of the trait may rely on it without repeating it. [`Pipeline::Output`](follow_up::Pipeline::Output) is `Debug`
///    and `Clone`, so [`describe`](follow_up::describe) can print and copy any pipeline's output. An impl that picks a type
///    without `Debug` is E0277 (`tests/ui/associated_type_bounds/impl_misses_declared_bound.rs`).
/// 2. **In a `where` clause** (`where I: Iterator, I::Item: Display`): only this function needs it;
///    the trait stays usable with any `Item`. [`join_all`](follow_up::join_all) requires `I::Item: Display`; calling it on
///    an iterator of a non-`Display` type is E0277 (`tests/ui/associated_type_bounds/where_clause_not_met.rs`).
/// 3. **Inline, associated type bounds** (`impl Iterator<Item: Debug>`, stable since Rust 1.79): a
///    shorter spelling of 2. for one parameter, see [`debug_all`](follow_up::debug_all).
///
/// A `where` clause can also constrain an associated type *exactly* (`I: Iterator<Item = u32>`), as
/// [`sum_u32`](follow_up::sum_u32) does.
pub mod follow_up {
    use std::fmt::{Debug, Display};

    /// 1. Bounds declared on the associated types themselves.
    pub trait Pipeline {
        type Input;
        type Output: Debug + Clone;
        fn run(&self, input: Self::Input) -> Self::Output;
    }

    /// Counts the words of a text.
    pub struct WordCount;

    impl Pipeline for WordCount {
        type Input = &'static str;
        type Output = usize; // usize is Debug + Clone, as the trait demands
        fn run(&self, input: &'static str) -> usize {
            input.split_whitespace().count()
        }
    }

    /// Lists the distinct lowercase words of a text, sorted.
    pub struct Vocabulary;

    impl Pipeline for Vocabulary {
        type Input = &'static str;
        type Output = Vec<String>;
        fn run(&self, input: &'static str) -> Vec<String> {
            let mut words: Vec<String> =
                input.split_whitespace().map(|w| w.to_lowercase()).collect();
            words.sort();
            words.dedup();
            words
        }
    }

    /// Relies on the trait's own bound: no `where P::Output: Debug` needed here.
    pub fn describe<P: Pipeline>(pipeline: &P, input: P::Input) -> String {
        let output = pipeline.run(input);
        let copy = output.clone(); // Clone, from the declaration
        format!("{:?} (copy: {:?})", output, copy) // Debug, from the declaration
    }

    /// 2. A bound on an associated type that only this function needs, in a `where` clause.
    pub fn join_all<I>(items: I, separator: &str) -> String
    where
        I: IntoIterator,
        I::Item: Display,
    {
        items
            .into_iter()
            .map(|item| item.to_string())
            .collect::<Vec<_>>()
            .join(separator)
    }

    /// 3. The same idea with associated type bound syntax (`Item: Debug`) inside `impl Trait`.
    pub fn debug_all(items: impl IntoIterator<Item: Debug>) -> Vec<String> {
        items.into_iter().map(|item| format!("{item:?}")).collect()
    }

    /// An exact associated type in a `where` clause: only iterators of `u32`.
    pub fn sum_u32<I>(items: I) -> u64
    where
        I: Iterator<Item = u32>,
    {
        items.map(u64::from).sum()
    }

    pub fn main() {
        let text = "the quick fox jumps over the lazy dog";
        println!("WordCount:  {}", describe(&WordCount, text));
        println!("Vocabulary: {}", describe(&Vocabulary, "b a B c a"));
        println!("join_all:   {}", join_all([1.5, 2.0, 3.25], " + "));
        println!("debug_all:  {}", debug_all([Some(1), None]).join(", "));
        println!("sum_u32:    {}", sum_u32([u32::MAX, 1].into_iter()));
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn declared_bounds_let_generic_code_print_and_clone_any_output() {
            assert_eq!(describe(&WordCount, "a b c"), "3 (copy: 3)");
            assert_eq!(
                describe(&Vocabulary, "b a B"),
                r#"["a", "b"] (copy: ["a", "b"])"#
            );
        }

        #[test]
        fn where_clause_bounds_work_for_any_displayable_item() {
            assert_eq!(join_all(vec!["a", "b"], ", "), "a, b");
            assert_eq!(join_all(Vec::<u8>::new(), ", "), "");
            assert_eq!(debug_all(vec![Some(1), None]), ["Some(1)", "None"]);
        }

        #[test]
        fn exact_item_type_sums_without_overflow() {
            assert_eq!(sum_u32([u32::MAX, 1].into_iter()), 4_294_967_296);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_parser_splits_lines_and_fields() {
        let rows = CsvParser
            .process("name,age\nAlice,30\nBob,25".to_string())
            .unwrap();
        assert_eq!(
            rows,
            [vec!["name", "age"], vec!["Alice", "30"], vec!["Bob", "25"]]
        );
        assert_eq!(
            CsvParser.process(String::new()).unwrap(),
            Vec::<Vec<String>>::new()
        );
    }

    #[test]
    fn csv_parser_rejects_a_ragged_row_with_its_line_number() {
        let err = CsvParser
            .process("name,age\nAlice,30\nBob".to_string())
            .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        assert_eq!(err.to_string(), "line 3 has 1 field(s), the header has 2");
    }

    #[test]
    fn temperature_converts_both_ways() {
        let t = Temperature(100.0);
        assert_eq!(Convertible::<f64>::convert(&t), 212.0);
        assert_eq!(Convertible::<String>::convert(&t), "100.0°C");
        let f: f64 = Temperature(-40.0).convert();
        assert_eq!(f, -40.0);
    }

    #[test]
    fn run_all_uses_the_processors_associated_types() {
        let results = run_all(&CsvParser, vec!["a\nb".into(), "a,b\nc".into()]);
        assert_eq!(results[0].as_ref().unwrap().len(), 2);
        assert!(results[1].is_err());
    }
}
