// Q6 follow-up, the right half of tests/ui/borrowing/dangle_without_lifetime.rs: return the owned
// String; the caller becomes its owner, so nothing dangles.
fn no_dangle() -> String {
    let s = String::from("hello");
    s
}

fn main() {
    println!("{}", no_dangle());
    assert_eq!(no_dangle(), "hello");
}
