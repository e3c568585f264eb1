// Q19 follow-up, the right half of tests/ui/refcell_and_mutex/refcell_across_threads.rs: `Mutex` is
// `Sync`, so scoped threads can share a reference to it.
use std::sync::Mutex;
use std::thread;

fn main() {
    let log = Mutex::new(Vec::<String>::new());
    thread::scope(|s| {
        s.spawn(|| log.lock().unwrap().push("from a thread".to_string()));
        log.lock().unwrap().push("from main".to_string());
    });
    let log = log.into_inner().unwrap();
    println!("{}", log.len());
    assert_eq!(log.len(), 2);
}
