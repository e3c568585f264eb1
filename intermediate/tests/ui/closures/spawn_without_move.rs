//! Q14 follow-up: `thread::spawn` needs a `'static` closure, because the thread may outlive `main`'s
//! stack frame. Without `move`, the closure borrows `owner`: E0373. Add `move` (and clone first if the
//! caller still needs the value), or use `std::thread::scope`.
use std::thread;

fn main() {
    let owner = String::from("Alice");
    let handle = thread::spawn(|| println!("{owner}"));
    handle.join().unwrap();
}
