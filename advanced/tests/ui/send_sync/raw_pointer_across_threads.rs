// Q26: raw pointers are neither Send nor Sync; the compiler cannot know what they point to.
// (`move_to_thread` puts `thread::spawn`'s `Send` bound on the moved value itself: with a closure,
// rustc's message names the closure's type, which contains this file's absolute path, and lays the
// message out differently depending on where the repository is cloned.)
use std::thread;

/// `thread::spawn`'s `Send + 'static` bound, on the value that is moved to the new thread.
fn move_to_thread<T: Send + 'static>(value: T) -> thread::JoinHandle<T> {
    thread::spawn(move || value)
}

fn main() {
    let mut value = 7;
    let ptr: *mut i32 = &mut value;
    let handle = move_to_thread(ptr); // ❌ *mut i32 cannot be sent between threads safely
    handle.join().unwrap();
}
