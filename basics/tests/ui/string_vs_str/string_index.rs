// Q7: a `String` (or `str`) cannot be indexed by an integer: a UTF-8 character takes 1 to 4 bytes, so
// `s[0]` would have no meaningful answer. Use `s.chars().next()`, `s.bytes()`, or a byte range `&s[0..1]`.
fn main() {
    let s = String::from("héllo");
    let first = s[0]; // E0277: the type `str` cannot be indexed by `{integer}`
    println!("{first}");
}
