//! **Q23 · Associated types vs generic parameters.** An associated type is an *output* the impl fixes, one
//! per implementing type (`Iterator::Item`); a generic parameter is an *input* the user chooses, so one
//! type may implement the trait many times (`From<T>`).
//!
//! - One impl per type means no annotations: `parser.process(csv)` knows `Input`, `Output` and `Error`,
//!   and generic code names them `P::Output`. Proof: `cargo test -p advanced --lib associated_types::tests::run_all`
//! - A generic parameter allows several impls (`Convertible<f64>` and `Convertible<String>` for one
//!   `Temperature`), at the price of annotations: without one, E0283. Proof: `cargo test -p advanced --test compile_fail`
//! - `Add<Rhs>` uses both: the right-hand type is an input, `type Output` the impl's answer.
//!   Proof: `cargo test -p advanced --lib associated_types::tests::add`
//! - Use an associated type when a type has one logical implementation, a parameter when it has many.
//!   Proof: `cargo run --bin associated_types`
//!
//! # Run it
//! `cargo run --bin associated_types`: the guide's two lines, then a ragged CSV row as an error.
//!
//! # Differences from the guide
//! - `CsvParser` rejects ragged rows and `main` prints errors: [ERRATA.md, Q23](../../ERRATA.md#q23).
//!
//! # More to explore
//! - A second `impl Processor for CsvParser` is E0119 (`tests/ui/associated_types/second_impl_conflicts.rs`),
//!   but that is coherence: it would fail the same way without associated types. The real contrast is that
//!   two `Convertible<_>` impls for `Temperature` are allowed.
//! - If `Iterator` were `Iterator<Item>`, a type could be an iterator of several item types, and every
//!   `iter.next()` would need to say which.
//!
//! # Follow-up
//! How do you add trait bounds to associated types? Show an example with where clauses. [`follow_up`],
//! `cargo run --bin associated_type_bounds`.

use std::io;

pub mod follow_up;

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
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Temperature(pub f64);

/// `Add<Rhs>` has both kinds: `Rhs` is a generic input (two impls, `+ f64` and `+ Temperature`), and
/// each impl fixes `type Output`, so `t + 5.0` needs no annotation.
impl std::ops::Add<f64> for Temperature {
    type Output = Temperature;
    fn add(self, degrees: f64) -> Temperature {
        Temperature(self.0 + degrees)
    }
}

impl std::ops::Add for Temperature {
    type Output = Temperature;
    fn add(self, other: Temperature) -> Temperature {
        Temperature(self.0 + other.0)
    }
}

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
    fn add_takes_the_right_hand_type_as_input_and_fixes_the_output() {
        let warmer = Temperature(20.0) + 5.0; // picks Add<f64>; its Output is Temperature
        let sum = Temperature(20.0) + Temperature(1.5); // picks Add<Temperature>
        assert_eq!((warmer, sum), (Temperature(25.0), Temperature(21.5)));
    }

    #[test]
    fn run_all_uses_the_processors_associated_types() {
        let results = run_all(&CsvParser, vec!["a\nb".into(), "a,b\nc".into()]);
        assert_eq!(results[0].as_ref().unwrap().len(), 2);
        assert!(results[1].is_err());
    }
}
