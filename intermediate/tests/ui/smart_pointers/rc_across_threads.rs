// Q19's common mistake: `Rc` in multi-threaded code. Its reference count is a plain integer, so two
// threads cloning or dropping at once would corrupt it; `Rc` is therefore not `Send` and the compiler
// refuses to move it into a thread. The fix is `Arc` (atomic count), as in `sum_in_threads`.
use std::rc::Rc;
use std::thread;

fn main() {
    let config = Rc::new(String::from("production"));
    let for_thread = Rc::clone(&config);
    let handle = thread::spawn(move || for_thread.len());
    handle.join().unwrap();
}
