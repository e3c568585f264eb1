// Q22 follow-up: `Self` in an argument also makes a trait not dyn compatible (E0038), the `PartialEq`
// family: through `dyn Comparable` the compiler cannot know which concrete type `other` must be, so the
// problem is type identity, not size.
trait Comparable {
    fn same_as(&self, other: &Self) -> bool;
}

fn print(shape: &dyn Comparable) {
    println!("{}", shape.same_as(shape));
}

fn main() {}
