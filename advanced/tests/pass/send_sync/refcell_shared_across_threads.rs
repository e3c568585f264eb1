// Q26, the right half of tests/ui/send_sync/refcell_shared_across_threads.rs: an atomic counter is
// `Sync`, so two scoped threads may share it.
use std::sync::atomic::{AtomicI32, Ordering};
use std::thread;

fn main() {
    let cell = AtomicI32::new(0);
    thread::scope(|s| {
        s.spawn(|| cell.fetch_add(1, Ordering::Relaxed));
        s.spawn(|| cell.fetch_add(1, Ordering::Relaxed));
    });
    println!("{}", cell.load(Ordering::Relaxed));
    assert_eq!(cell.into_inner(), 2);
}
