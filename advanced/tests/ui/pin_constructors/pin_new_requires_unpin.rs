// Q24 follow-up: `Pin::new` is only for Unpin types. An async block is !Unpin, so it must be pinned
// with `Box::pin` or `pin!` instead (E0277).
use std::pin::Pin;

fn main() {
    let mut fut = async { 1 };
    let pinned = Pin::new(&mut fut);
    drop(pinned);
}
