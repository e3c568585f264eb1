// Q19: `Arc` is not a ticket across threads for any `T`: `Arc<T>` is `Send` only if `T: Send + Sync`,
// because every clone lends `&T` to another thread. `RefCell` is not `Sync` (its borrow count is not
// atomic), so `Arc<RefCell<i32>>` is refused: E0277. `Arc<Mutex<i32>>` is the multi-threaded version.
use std::cell::RefCell;
use std::sync::Arc;
use std::thread::{self, JoinHandle};

fn spawn_with<T: Send + 'static>(value: T, work: fn(T) -> i32) -> JoinHandle<i32> {
    thread::spawn(move || work(value))
}

fn main() {
    let counter = Arc::new(RefCell::new(1));
    let handle = spawn_with(Arc::clone(&counter), |c| *c.borrow());
    handle.join().unwrap();
}
