// Q7 follow-up: deref coercion applies to references. A `String` value is not turned into a `&str`;
// the fix is `greet(&name)`.
use basics::string_vs_str::greet;

fn main() {
    let name = String::from("Alice");
    greet(name); // E0308: mismatched types, expected `&str`, found `String`
}
