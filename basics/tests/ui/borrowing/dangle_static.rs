// Q6 follow-up: promising `'static` does not make a local live longer; same E0515 as any named lifetime.
fn dangle() -> &'static String {
    let s = String::from("hello");
    &s // E0515: cannot return reference to local variable `s`
}

fn main() {
    println!("{}", dangle());
}
