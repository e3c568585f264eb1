//! Q26 — `Send` and `Sync`: the two marker traits with which the compiler refuses data races.
//!
//! `T: Send` means a `T` may be moved to another thread; `T: Sync` means a `&T` may be shared with other
//! threads (exactly: `T: Sync` ⇔ `&T: Send`). The compiler implements both automatically for a type
//! whose fields all have them, so the exceptions are what matters:
//! - `Rc<T>`: neither (its reference count is a plain, non-atomic integer);
//! - `RefCell<T>`: `Send` but not `Sync` (its borrow flag is a plain integer too);
//! - raw pointers `*const T` / `*mut T`: neither (the compiler cannot know what they point to).
//!
//! Run `cargo run --bin send_sync`. The output is the guide's, with one change and one addition. The
//! change: the guide's threads `println!` themselves, so their lines come out in whatever order the OS
//! schedules them; here each thread returns its line and `main` prints them in join order, so the output
//! is the same on every run. The addition: `Arc across threads: 42`, the fix of the guide's ❌ example.
//! The last line is the guide's `Counter: 10`.
//!
//! Each refusal is a compile-fail case with its real error code, E0277:
//! `tests/ui/send_sync/rc_across_threads.rs` (the guide's commented-out `rc_across_threads`),
//! `tests/ui/send_sync/refcell_shared_across_threads.rs` and `tests/ui/send_sync/raw_pointer_across_threads.rs`.
//! The fix for the first, `Arc`, is [`arc_across_threads`].
//!
//! The guide's common mistake, `unsafe impl Send for MyType {}` on a type that is not thread-safe,
//! compiles — that is the danger: it silences E0277 and turns the race into undefined behaviour. There
//! is no such `impl` in this workspace; the static assertions in the tests show which standard types
//! really are `Send`/`Sync`.
//!
//! Follow-up (why `Mutex<T>` is `Sync` when `T` is only `Send`): [`follow_up`], `cargo run --bin mutex_sync`.
#![forbid(unsafe_code)] // this question needs no unsafe code (the crate has some, for Q21)

use std::sync::{Arc, Mutex};
use std::thread;

/// ✅ `Vec<i32>` is `Send`: it is moved into the thread.
pub fn send_example() -> String {
    let data = vec![1, 2, 3]; // Vec<i32> is Send
    let handle = thread::spawn(move || format!("From thread: {:?}", data)); // data moved here
    handle.join().unwrap()
}

/// ✅ `Arc<Vec<i32>>` is `Send + Sync`: every thread reads the same vector.
pub fn sync_example() -> Vec<String> {
    let data = Arc::new(vec![1, 2, 3]); // Arc<Vec<i32>> is Send + Sync
    let mut handles = vec![];
    for i in 0..3 {
        let data = Arc::clone(&data);
        handles.push(thread::spawn(move || format!("Thread {}: {:?}", i, data))); // shared read
    }
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

/// The fix for the guide's ❌ `rc_across_threads`: `Arc` counts references atomically, so it is `Send`.
pub fn arc_across_threads() -> i32 {
    // use std::rc::Rc;
    // let data = Rc::new(42);
    // thread::spawn(move || data); // ❌ E0277 — tests/ui/send_sync/rc_across_threads.rs
    let data = Arc::new(42);
    thread::spawn(move || *data).join().unwrap()
}

/// `Arc<Mutex<T>>`: shared *and* mutated from ten threads.
pub fn shared_mutation() -> i32 {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];
    for _ in 0..10 {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            *counter.lock().unwrap() += 1;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    *counter.lock().unwrap()
}

pub fn main() {
    println!("{}", send_example());
    for line in sync_example() {
        println!("{line}");
    }
    println!("Arc across threads: {}", arc_across_threads());
    println!("Counter: {}", shared_mutation()); // 10
}

pub mod follow_up;

#[cfg(test)]
mod tests {
    use super::follow_up::{assert_send, assert_sync};
    use super::*;
    use std::cell::{Cell, RefCell};

    #[test]
    fn the_guides_examples_return_what_they_print() {
        assert_eq!(send_example(), "From thread: [1, 2, 3]");
        assert_eq!(
            sync_example(),
            [
                "Thread 0: [1, 2, 3]",
                "Thread 1: [1, 2, 3]",
                "Thread 2: [1, 2, 3]"
            ]
        );
        assert_eq!(arc_across_threads(), 42);
        assert_eq!(shared_mutation(), 10);
    }

    #[test]
    fn the_guides_send_and_sync_claims_hold() {
        // Most types are both.
        assert_send::<Vec<i32>>();
        assert_sync::<Vec<i32>>();
        assert_send::<Arc<Vec<i32>>>();
        assert_sync::<Arc<Vec<i32>>>();
        assert_send::<Arc<Mutex<i32>>>();
        assert_sync::<Arc<Mutex<i32>>>();
        // RefCell and Cell: Send, not Sync (the "not" half is a compile-fail case).
        assert_send::<RefCell<i32>>();
        assert_send::<Cell<i32>>();
    }
}
