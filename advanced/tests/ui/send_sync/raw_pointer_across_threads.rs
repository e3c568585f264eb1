// Q26: raw pointers are neither Send nor Sync; the compiler cannot know what they point to.
use std::thread;

fn main() {
    let mut value = 7;
    let ptr: *mut i32 = &mut value;
    let handle = thread::spawn(move || {
        let _moved = ptr; // ❌ *mut i32 cannot be sent between threads safely
    });
    handle.join().unwrap();
}
