// Q7, the guide's mistake: a `String` parameter takes the caller's string away. Calling twice without
// `.clone()` fails, which is what pushes callers into cloning. The right half is `greet(&name)`.
use basics::string_vs_str::guide_greet;

fn main() {
    let name = String::from("Alice Smith");
    guide_greet(name);
    guide_greet(name); // E0382: use of moved value
}
