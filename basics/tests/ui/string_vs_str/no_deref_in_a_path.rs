// Q7 follow-up: only method calls auto-deref the receiver. A path names one type's items, so
// `String::to_uppercase` is not found: `to_uppercase` is a method of `str`, reached by `name.to_uppercase()`
// after one deref, or named as `str::to_uppercase(&name)`. (`String::len` compiles: `String` has its own.)
fn main() {
    let name = String::from("Alice");
    let _ = String::to_uppercase(&name); // E0599: no associated function named `to_uppercase` for `String`
}
