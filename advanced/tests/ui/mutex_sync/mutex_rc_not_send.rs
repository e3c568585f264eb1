// Q26 follow-up: a Mutex does not make a non-Send value Send either.
use advanced::send_sync::follow_up::assert_send;
use std::rc::Rc;
use std::sync::Mutex;

fn main() {
    assert_send::<Mutex<Rc<i32>>>(); // ❌ E0277
}
