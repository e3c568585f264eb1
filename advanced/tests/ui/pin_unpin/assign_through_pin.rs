// Q24: the guide's `*x.as_mut() = 100` works for an Unpin i32. For a !Unpin value, assigning through
// `Pin<&mut T>` needs `DerefMut`, which `Pin` only implements for `T: Unpin` (E0594). Use `Pin::set`.
use advanced::pin_unpin::Counter;

fn main() {
    let mut counter = Box::pin(Counter::new(1));
    *counter.as_mut() = Counter::new(0);
}
