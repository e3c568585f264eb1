// Q23: a second `Processor` impl for the same type, with a different `Output`, conflicts with the first
// (E0119). That is coherence, not a property of associated types: two impls of any non-generic trait
// for one type conflict the same way. The contrast is `Convertible<f64>` + `Convertible<String>`.
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
