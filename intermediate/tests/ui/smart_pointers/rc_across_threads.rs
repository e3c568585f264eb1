// Q19's common mistake: `Rc` in multi-threaded code. Its reference count is a plain integer, so two
// threads cloning or dropping at once would corrupt it; `Rc` is therefore not `Send` and the compiler
// refuses to move it into a thread (E0277). The fix is `Arc` (atomic count), as in `sum_in_threads`.
//
// `spawn_with` is `thread::spawn` with the moved value named as a parameter, so that the stored message
// names `Rc<String>` rather than a closure type (whose printed name depends on the clone's path).
use std::rc::Rc;
use std::thread::{self, JoinHandle};

fn spawn_with<T: Send + 'static>(value: T, work: fn(T) -> usize) -> JoinHandle<usize> {
    thread::spawn(move || work(value))
}

fn main() {
    let config = Rc::new(String::from("production"));
    let for_thread = Rc::clone(&config);
    let handle = spawn_with(for_thread, |c| c.len());
    handle.join().unwrap();
}
