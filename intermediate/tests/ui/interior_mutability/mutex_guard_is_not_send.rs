// Q20: a `MutexGuard` must be released by the thread that took the lock, so it is not `Send`: handing
// it to another thread is E0277. (The same rule is why a `std::sync::MutexGuard` cannot live across an
// `.await` in a future that `tokio::spawn` may move between threads.) `spawn_with` is `thread::spawn`
// with the moved value named as a parameter, so that the message names the guard, not a closure type.
use std::sync::{Mutex, MutexGuard};
use std::thread::{self, JoinHandle};

fn spawn_with<T: Send + 'static>(value: T, work: fn(T)) -> JoinHandle<()> {
    thread::spawn(move || work(value))
}

static COUNTER: Mutex<u64> = Mutex::new(0);

fn main() {
    let guard: MutexGuard<'static, u64> = COUNTER.lock().unwrap();
    spawn_with(guard, |mut g| *g += 1).join().unwrap();
}
