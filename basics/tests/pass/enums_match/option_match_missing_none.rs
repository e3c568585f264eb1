// Q9 follow-up, the right half of tests/ui/enums_match/option_match_missing_none.rs: the match
// handles both cases, so it is exhaustive.
fn greet(maybe_name: Option<String>) -> String {
    match maybe_name {
        Some(name) => format!("hello {name}"),
        None => "hello, whoever you are".to_string(),
    }
}

fn main() {
    println!("{}", greet(std::env::args().nth(1)));
    assert_eq!(greet(None), "hello, whoever you are");
}
