// Q23: an associated type is set ONCE per type. A second `Processor` impl for the same type, with a
// different `Output`, conflicts with the first (E0119).
trait Processor {
    type Output;
    fn process(&self, input: &str) -> Self::Output;
}

struct CsvParser;

impl Processor for CsvParser {
    type Output = Vec<String>;
    fn process(&self, input: &str) -> Vec<String> {
        input.split(',').map(String::from).collect()
    }
}

impl Processor for CsvParser {
    type Output = usize;
    fn process(&self, input: &str) -> usize {
        input.split(',').count()
    }
}

fn main() {}
