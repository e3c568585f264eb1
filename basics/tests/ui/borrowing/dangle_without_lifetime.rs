// Q6 follow-up: returning a reference to a local, written without a lifetime. There is no input
// reference for the output to borrow from, so the compiler first asks for a lifetime.
fn dangle() -> &String { // E0106: missing lifetime specifier
    let s = String::from("hello");
    &s
}

fn main() {
    println!("{}", dangle());
}
