//! Q28: placeholder, filled in with the iterator-vs-loop benchmark.
fn main() {}
