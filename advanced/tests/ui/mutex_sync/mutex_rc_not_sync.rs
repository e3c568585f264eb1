// Q26 follow-up: Mutex<T> is Sync only when T is Send, and Rc is not Send.
use advanced::send_sync::follow_up::assert_sync;
use std::rc::Rc;
use std::sync::Mutex;

fn main() {
    assert_sync::<Mutex<Rc<i32>>>(); // ❌ E0277
}
