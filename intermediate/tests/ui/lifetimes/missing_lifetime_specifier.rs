//! Q13: without `'a`, the compiler cannot tell whether the result borrows from `x` or from `y`: E0106.
//! The fix is `fn longest<'a>(x: &'a str, y: &'a str) -> &'a str`.
fn longest(x: &str, y: &str) -> &str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    println!("{}", longest("a", "bc"));
}
