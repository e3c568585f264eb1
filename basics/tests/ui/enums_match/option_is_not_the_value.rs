// Q9 follow-up: an `Option<String>` is not a `String`; the compiler makes you handle `None` first.
fn main() {
    let maybe_name: Option<String> = std::env::args().nth(1);
    let name: String = maybe_name; // E0308: mismatched types, expected `String`, found `Option<String>`
    println!("{name}");
}
