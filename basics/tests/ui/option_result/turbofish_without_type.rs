// Q10: the guide's mistake snippet as printed, `contents.parse::()`, lost its `<u8>`. rustc does not even
// see a method call: `contents.parse::()` parses as a field access with empty parenthesised generic arguments.
fn main() {
    let contents = String::from("28");
    let age = contents.parse::().unwrap(); // E0615: attempted to take value of method `parse`
    println!("{age}");
}
