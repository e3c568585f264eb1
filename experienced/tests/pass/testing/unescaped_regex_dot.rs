// Q34, the right half of tests/ui/testing/unescaped_regex_dot.rs: a raw string keeps the regex's
// backslash as it is.
fn main() {
    let domain = r"[a-z]{1,5}\.[a-z]{2,3}";
    println!("{domain}");
    assert_eq!(domain.len(), 22);
}
