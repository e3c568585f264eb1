// Q13, the right half of tests/ui/lifetimes/missing_lifetime_specifier.rs: `'a` says the result
// borrows from both inputs, so it lives no longer than the shorter of the two.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    println!("{}", longest("a", "bc"));
    assert_eq!(longest("a", "bc"), "bc");
}
