// Q7 follow-up: patterns are not coercion sites, so a `&String` cannot be matched against string
// literals; match on `name.as_str()` instead.
fn main() {
    let name = String::from("Alice");
    match &name {
        "Alice" => println!("hi Alice"), // E0308: mismatched types, expected `&String`, found `&str`
        _ => println!("someone else"),
    }
}
