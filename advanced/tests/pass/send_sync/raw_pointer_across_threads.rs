// Q26, the right half of tests/ui/send_sync/raw_pointer_across_threads.rs: send the value (or an
// `Arc`), not a raw pointer to a local.
use std::thread;

fn main() {
    let value = 7;
    let handle = thread::spawn(move || value * 6);
    let answer = handle.join().unwrap();
    println!("{answer}");
    assert_eq!(answer, 42);
}
