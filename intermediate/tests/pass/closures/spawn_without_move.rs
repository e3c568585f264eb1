// Q14 follow-up, the right half of tests/ui/closures/spawn_without_move.rs: `move` gives the thread
// its own String, so the closure is `'static`.
use std::thread;

fn main() {
    let owner = String::from("Alice");
    let handle = thread::spawn(move || owner.len());
    let len = handle.join().unwrap();
    println!("{len}");
    assert_eq!(len, 5);
}
