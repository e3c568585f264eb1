//! Q12: without a bound, no method can be called on `T`: `to_string` exists only for `T: Display`,
//! so this is E0599. The fix is `fn process<T: std::fmt::Display>(item: T)`.
fn process<T>(item: T) -> String {
    item.to_string()
}

fn main() {
    println!("{}", process(42));
}
