// Q24 follow-up: `std::pin::pin!` pins on the current stack frame, so the pinned reference cannot be
// returned; a future that must outlive the function needs `Box::pin`.
use std::future::Future;
use std::pin::{Pin, pin};

fn make() -> Pin<&'static mut impl Future<Output = u32>> {
    pin!(async { 1 })
}

fn main() {
    drop(make());
}
