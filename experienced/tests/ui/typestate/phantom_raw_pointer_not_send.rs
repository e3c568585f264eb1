// Q35 follow-up: PhantomData<*const ()> makes ThreadBound !Send, so it cannot move to another thread.
// (`move_to_thread` puts `thread::spawn`'s `Send` bound on the moved value itself: with a closure,
// rustc's message names the closure's type, which contains this file's absolute path, and lays the
// message out differently depending on where the repository is cloned.)
use experienced::typestate::follow_up::ThreadBound;
use std::thread;

/// `thread::spawn`'s `Send + 'static` bound, on the value that is moved to the new thread.
fn move_to_thread<T: Send + 'static>(value: T) -> thread::JoinHandle<T> {
    thread::spawn(move || value)
}

fn main() {
    let handle = ThreadBound::new("render context");
    let _ = move_to_thread(handle); // ❌ `*const ()` cannot be sent between threads safely
}
