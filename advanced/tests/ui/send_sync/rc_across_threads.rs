// Q26, the guide's `rc_across_threads`: Rc's reference count is not atomic, so Rc<T> is not Send.
// The fix is Arc (see advanced::send_sync::arc_across_threads).
use std::rc::Rc;
use std::thread;

fn rc_across_threads() {
    let data = Rc::new(42);
    thread::spawn(move || {
        println!("{}", data); // ❌ Rc<i32> cannot be sent between threads safely
    });
}

fn main() {
    rc_across_threads();
}
