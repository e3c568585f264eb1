// Q24 follow-up: `Pin::new` is only for Unpin types. The future an `async fn` returns is !Unpin, so it
// must be pinned with `Box::pin` or `pin!` instead (E0277).
// (An `async fn` rather than an `async { }` block: the compiler names a block's type after its file's
// absolute path, and how it lays out this message then depends on where the repository is cloned.)
use std::pin::Pin;

async fn one() -> i32 {
    1
}

fn main() {
    let mut fut = one();
    let pinned = Pin::new(&mut fut);
    drop(pinned);
}
