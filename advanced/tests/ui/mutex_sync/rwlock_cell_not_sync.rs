// Q26 follow-up: RwLock lets several readers hold &T at once, so it needs T: Send + Sync; Cell is not Sync.
use advanced::send_sync::follow_up::assert_sync;
use std::cell::Cell;
use std::sync::RwLock;

fn main() {
    assert_sync::<RwLock<Cell<i32>>>(); // ❌ E0277
}
