// Q7 follow-up: deref coercion needs a known target type. With a generic `&T`, the compiler infers
// `T = String` from the argument and never derefs to look for a `T` that fits, so `&String` is not
// accepted even though `str: Shout`. Pass `name.as_str()` (or implement the trait for `String`).
use basics::string_vs_str::follow_up::shout;

fn main() {
    let name = String::from("Alice");
    println!("{}", shout(&name)); // E0277: the trait bound `String: Shout` is not satisfied
}
