// Q23, the right half of tests/ui/associated_types/second_impl_conflicts.rs: one impl per type, so
// a second output needs a second type (or a generic trait, `Processor<Out>`).
trait Processor {
    type Output;
    fn process(&self, input: &str) -> Self::Output;
}

struct CsvParser;
struct CsvCounter;

impl Processor for CsvParser {
    type Output = Vec<String>;
    fn process(&self, input: &str) -> Vec<String> {
        input.split(',').map(String::from).collect()
    }
}

impl Processor for CsvCounter {
    type Output = usize;
    fn process(&self, input: &str) -> usize {
        input.split(',').count()
    }
}

fn main() {
    println!("{:?}", CsvParser.process("a,b"));
    assert_eq!(CsvCounter.process("a,b,c"), 3);
}
