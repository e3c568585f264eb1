// Q6 follow-up: the same function with a lifetime to satisfy E0106. Now the real problem is reported:
// `s` is dropped when `dangle` returns, so the reference would dangle.
fn dangle<'a>() -> &'a String {
    let s = String::from("hello");
    &s // E0515: cannot return reference to local variable `s`
}

fn main() {
    println!("{}", dangle());
}
