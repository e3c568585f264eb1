// Q7, the guide's mistake: a `String` parameter does not accept a literal; callers must write
// `"Bob".to_string()`, an allocation. The right half is `greet("Bob")` with `greet(name: &str)`.
use basics::string_vs_str::guide_greet;

fn main() {
    guide_greet("Bob"); // E0308: mismatched types, expected `String`, found `&str`
}
