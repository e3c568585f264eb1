// Q26 follow-up: RefCell<T> is not Sync (non-atomic borrow flag), whatever T is.
use advanced::send_sync::follow_up::assert_sync;
use std::cell::RefCell;

fn main() {
    assert_sync::<RefCell<i32>>(); // ❌ E0277
}
