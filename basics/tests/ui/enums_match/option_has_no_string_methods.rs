// Q9 follow-up: no "null dereference": the inner value's methods are not available on the Option.
// (`len` would be a poor example: `Option` has a private `len` of its own, so rustc reports E0624.)
fn main() {
    let maybe_name: Option<String> = std::env::args().nth(1);
    println!("{}", maybe_name.to_uppercase()); // E0599: no method named `to_uppercase` found for enum `Option`
}
