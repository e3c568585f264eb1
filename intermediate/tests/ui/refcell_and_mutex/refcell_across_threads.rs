// Q19 follow-up: `RefCell` counts its borrows without atomics or locks, so it is not `Sync`: a shared
// reference to it cannot be used from two threads. Use `Mutex` (or `RwLock`) for that.
use std::cell::RefCell;
use std::thread;

fn main() {
    let log = RefCell::new(Vec::<String>::new());
    thread::scope(|s| {
        s.spawn(|| log.borrow_mut().push("from a thread".to_string()));
        log.borrow_mut().push("from main".to_string());
    });
}
