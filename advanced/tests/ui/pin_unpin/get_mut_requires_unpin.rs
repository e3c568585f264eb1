// Q24: `Pin::get_mut` hands out a plain `&mut T`, with which the value could be moved out
// (`std::mem::swap`), so it requires `T: Unpin` (E0277). For !Unpin values use `Pin::set`, interior
// mutability, or the unsafe `get_unchecked_mut` with a SAFETY argument.
use advanced::pin_unpin::Counter;

fn main() {
    let mut counter = Box::pin(Counter::new(1));
    let plain: &mut Counter = counter.as_mut().get_mut();
    plain.count += 1;
}
