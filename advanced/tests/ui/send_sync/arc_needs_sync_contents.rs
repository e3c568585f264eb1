// Q26: `Arc<T>` is `Send` only if `T: Send + Sync`, because every clone of the Arc hands a `&T` to another
// thread. `RefCell<i32>` is not Sync, so `Arc<RefCell<i32>>` cannot be sent (E0277); `Arc<Mutex<i32>>` can.
use advanced::send_sync::follow_up::assert_send;
use std::cell::RefCell;
use std::sync::Arc;

fn main() {
    assert_send::<Arc<RefCell<i32>>>(); // ❌ E0277: `RefCell<i32>` cannot be shared between threads safely
}
