// Q26: the guide's "Rc<T>: not Sync" and "*mut T: not Sync" (the other cases refuse them as Send).
// Sharing a `&Rc` would let two threads clone it, updating its plain counter at once.
use advanced::send_sync::follow_up::assert_sync;
use std::rc::Rc;

fn main() {
    assert_sync::<Rc<i32>>(); // ❌ E0277: `Rc<i32>` cannot be shared between threads safely
    assert_sync::<*mut i32>(); // ❌ E0277: `*mut i32` cannot be shared between threads safely
}
