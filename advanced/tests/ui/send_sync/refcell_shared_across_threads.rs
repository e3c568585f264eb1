// Q26: RefCell<T> is Send but not Sync: two threads may not share a &RefCell, because its borrow
// counter is not atomic. Scoped threads would allow the borrow itself; the Sync check refuses it.
use std::cell::RefCell;
use std::thread;

fn main() {
    let cell = RefCell::new(0);
    thread::scope(|s| {
        s.spawn(|| *cell.borrow_mut() += 1); // ❌ RefCell<i32> cannot be shared between threads safely
        s.spawn(|| *cell.borrow_mut() += 1);
    });
}
