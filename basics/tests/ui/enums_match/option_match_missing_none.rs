// Q9 follow-up: matching on an Option without a `None` arm is rejected.
fn main() {
    let maybe_name: Option<String> = std::env::args().nth(1);
    match maybe_name {
        // E0004: non-exhaustive patterns: `None` not covered
        Some(name) => println!("hello {name}"),
    }
}
