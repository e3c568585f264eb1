//! Q12: without a bound, `T` is opaque. `>` needs `T: PartialOrd`, so this is E0369; the fix is
//! `fn largest<T: PartialOrd>` as in `intermediate::generics::largest`.
fn largest<T>(list: &[T]) -> Option<&T> {
    let mut items = list.iter();
    let mut max = items.next()?;
    for item in items {
        if item > max {
            max = item;
        }
    }
    Some(max)
}

fn main() {
    println!("{:?}", largest(&[1, 2, 3]));
}
