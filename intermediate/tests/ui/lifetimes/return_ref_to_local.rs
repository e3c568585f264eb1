//! Q13: the guide's `get_name`. `'static` promises the data lives for the whole program, but `s` is a
//! local `String` dropped when the function returns: E0515. The fix returns `String`
//! (`intermediate::lifetimes::get_name`).
fn get_name() -> &'static str {
    let s = String::from("Alice");
    &s
}

fn main() {
    println!("{}", get_name());
}
