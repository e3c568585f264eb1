// Q26, the guide's `rc_across_threads`: Rc's reference count is not atomic, so Rc<T> is not Send.
// The fix is Arc (see advanced::send_sync::arc_across_threads).
// The guide moves the Rc into a `thread::spawn(move || ...)` closure; `move_to_thread` puts spawn's
// `Send` bound on the moved value itself, which fails the same way. (With the closure, rustc's message
// names the closure's type, which contains this file's absolute path, and lays the message out
// differently depending on where the repository is cloned.)
use std::rc::Rc;
use std::thread;

/// `thread::spawn`'s `Send + 'static` bound, on the value that is moved to the new thread.
fn move_to_thread<T: Send + 'static>(value: T) -> thread::JoinHandle<T> {
    thread::spawn(move || value)
}

fn rc_across_threads() {
    let data: Rc<i32> = Rc::new(42);
    move_to_thread(data); // ❌ Rc<i32> cannot be sent between threads safely
}

fn main() {
    rc_across_threads();
}
