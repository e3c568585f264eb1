// Q12, the right half of tests/ui/generics/method_on_unbounded_t.rs: the `Display` bound makes
// `to_string` available on `T`.
fn process<T: std::fmt::Display>(item: T) -> String {
    item.to_string()
}

fn main() {
    println!("{}", process(42));
    assert_eq!(process(42), "42");
}
