// Q26: a `std::sync::MutexGuard` is not Send, so an `async fn` that holds one across an `.await` returns a
// future that is not Send, and `tokio::spawn` (which may move the task to another worker thread) refuses
// it. Drop the guard before the `.await` (a block around the lock), or use `tokio::sync::Mutex`.
use std::sync::{Arc, Mutex};

async fn bump(counter: Arc<Mutex<u32>>) {
    let mut guard = counter.lock().unwrap();
    *guard += 1;
    tokio::task::yield_now().await; // the guard is still alive here
    *guard += 1;
}

fn main() {
    let counter = Arc::new(Mutex::new(0));
    drop(tokio::spawn(bump(counter))); // ❌ future cannot be sent between threads safely
}
