// Q26: a `MutexGuard` is not Send: on some platforms a lock must be released by the thread that took it.
// (That is also why a future holding a std `MutexGuard` across an `.await` cannot be `tokio::spawn`ed.)
use advanced::send_sync::follow_up::assert_send;
use std::sync::MutexGuard;

fn main() {
    assert_send::<MutexGuard<'static, i32>>(); // ❌ E0277: the guard cannot be sent between threads safely
}
