// Q19, the right half of tests/ui/smart_pointers/rc_across_threads.rs: `Arc` counts atomically, so
// it is `Send` and a clone can move into a thread.
use std::sync::Arc;
use std::thread;

fn main() {
    let config = Arc::new(String::from("production"));
    let for_thread = Arc::clone(&config);
    let handle = thread::spawn(move || for_thread.len());
    let len = handle.join().unwrap();
    println!("{len}");
    assert_eq!(len, config.len());
}
