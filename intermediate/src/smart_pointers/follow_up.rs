//! Follow-up: what is interior mutability, and how do `RefCell` and `Mutex` provide mutation through
//! shared references?
//!
//! `&T` normally means "nobody mutates this while I look". Interior mutability types move that rule
//! from the compiler to run time, so a value reachable through shared references (an `Rc`, an `Arc`,
//! `&self`) can still be changed, one writer at a time:
//! - `RefCell<T>` counts borrows in a plain integer. `borrow_mut()` while another borrow is alive
//!   panics; `try_borrow_mut()` returns an error instead. No locking, so it is `!Sync`: the compiler
//!   refuses to share it between threads (`tests/ui/refcell_and_mutex/refcell_across_threads.rs`,
//!   E0277).
//! - `Mutex<T>` uses an OS-backed lock. `lock()` *waits* for the other holder instead of panicking;
//!   `try_lock()` returns `WouldBlock`. It is `Sync`, so `Arc<Mutex<T>>` is the multi-threaded version
//!   of `Rc<RefCell<T>>`.
//!
//! `cargo run --bin refcell_and_mutex` runs the same "shared log" through both, side by side, including
//! what each does when a second writer arrives while the first is active. The threads' lines are
//! sorted before printing, because threads finish in any order.
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex, TryLockError};
use std::thread;

/// What a second writer gets from a `RefCell` whose value is already borrowed.
pub fn refcell_second_writer() -> &'static str {
    let log = RefCell::new(Vec::<String>::new());
    let reader = log.borrow(); // a live shared borrow
    let outcome = match log.try_borrow_mut() {
        Ok(_) => "got it",
        Err(_) => "BorrowMutError (borrow_mut() would panic)",
    };
    drop(reader);
    outcome
}

/// What a second writer gets from a `Mutex` that is already locked.
pub fn mutex_second_writer() -> &'static str {
    let log = Mutex::new(Vec::<String>::new());
    let guard = log.lock().expect("not poisoned"); // the lock is held
    let outcome = match log.try_lock() {
        Ok(_) => "got it",
        Err(TryLockError::WouldBlock) => "WouldBlock (lock() would wait)",
        Err(TryLockError::Poisoned(_)) => "poisoned",
    };
    drop(guard);
    outcome
}

/// Single-threaded: two loggers share one `Rc<RefCell<Vec<String>>>` and both push through `&`.
pub fn refcell_log() -> Vec<String> {
    let shared = Rc::new(RefCell::new(Vec::new()));
    let logger1 = Rc::clone(&shared);
    let logger2 = Rc::clone(&shared);
    logger1
        .borrow_mut()
        .push("logger1: request received".to_string());
    logger2
        .borrow_mut()
        .push("logger2: response sent".to_string());
    drop((logger1, logger2));
    Rc::try_unwrap(shared)
        .expect("the loggers are gone")
        .into_inner()
}

/// Multi-threaded: four threads share one `Arc<Mutex<Vec<String>>>`.
pub fn mutex_log(threads: usize) -> Vec<String> {
    let shared = Arc::new(Mutex::new(Vec::new()));
    let handles: Vec<_> = (0..threads)
        .map(|i| {
            let log = Arc::clone(&shared);
            thread::spawn(move || {
                log.lock()
                    .expect("no thread panics while holding the lock")
                    .push(format!("thread {i}: done"));
            })
        })
        .collect();
    for h in handles {
        h.join().expect("logging thread panicked");
    }
    let mut lines = Arc::try_unwrap(shared)
        .expect("the threads are joined")
        .into_inner()
        .expect("not poisoned");
    lines.sort(); // threads finish in any order
    lines
}

pub fn main() {
    println!("RefCell (one thread, borrow counted at run time):");
    for line in refcell_log() {
        println!("  {line}");
    }
    println!(
        "  second writer while borrowed: {}",
        refcell_second_writer()
    );
    println!("Mutex (any thread, a lock):");
    for line in mutex_log(4) {
        println!("  {line}");
    }
    println!("  second writer while locked:   {}", mutex_second_writer());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_mutate_through_shared_handles() {
        assert_eq!(refcell_log().len(), 2);
        assert_eq!(
            mutex_log(4),
            [
                "thread 0: done",
                "thread 1: done",
                "thread 2: done",
                "thread 3: done"
            ]
        );
    }

    #[test]
    fn a_second_writer_is_refused_not_let_in() {
        assert!(refcell_second_writer().starts_with("BorrowMutError"));
        assert!(mutex_second_writer().starts_with("WouldBlock"));
    }

    #[test]
    #[should_panic(expected = "RefCell already borrowed")]
    fn borrow_mut_while_borrowed_panics() {
        let log = RefCell::new(Vec::<String>::new());
        let _reader = log.borrow();
        log.borrow_mut().push("too late".into());
    }
}
