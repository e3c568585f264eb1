//! **Q19 follow-up · Interior mutability.** Interior mutability is mutation through a shared
//! reference, with the "one writer at a time" rule checked at run time instead of by the compiler; it
//! is all built on `UnsafeCell`, the only type through which `&T` may mutate.
//!
//! - Without it, `&T` cannot mutate: E0594/E0596; and `UnsafeCell` is `!Sync`, so anything containing it is too. Proof: `cargo test -p intermediate --test compile_fail`
//! - `RefCell<T>` counts borrows in a plain integer: a second writer gets `BorrowMutError` from `try_borrow_mut`, a panic from `borrow_mut`. Proof: `cargo test -p intermediate --lib smart_pointers::follow_up::tests::borrow_mut_while_borrowed_panics`
//! - `Mutex<T>` is a lock: another thread's `try_lock` gets `WouldBlock`, its `lock()` waits; it is `Sync`, so `Arc<Mutex<T>>` is the threaded `Rc<RefCell<T>>`. Proof: `cargo test -p intermediate --lib smart_pointers::follow_up::tests::a_second_writer_is_refused_not_let_in`
//! - A panic while writing poisons a `Mutex` (the data is still reachable); a `RefCell` just releases its borrow. Proof: `cargo test -p intermediate --lib smart_pointers::follow_up::tests::a_panic_poisons_a_mutex_but_not_a_refcell`
//!
//! # Run it
//! `cargo run --bin refcell_and_mutex`, then `cargo test -p intermediate --lib smart_pointers::follow_up`.
//! The same shared log through both, a second writer, and a writer that panics half-way.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - A `Mutex` is not reentrant: `lock()` again on the thread that holds it "will not return" (std: it
//!   might panic or deadlock). That is why the second writer here is another thread.
//! - std's `Mutex` is an atomic lock word: uncontended, `lock` is one compare-exchange in user space;
//!   waiting threads are parked in the OS (a futex on Linux).
//! - `RefCell` is `!Sync`: sharing it with a scoped thread is E0277
//!   (`tests/ui/refcell_and_mutex/refcell_across_threads.rs`); Q20 covers `Cell` and when to pick which.
//! - The threads' lines are sorted before printing (they finish in any order); the deliberate panics run
//!   with a silenced panic hook, so nothing with a thread id reaches stderr.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex, TryLockError};
use std::thread;

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
    println!(
        "  second writer (another thread) while locked: {}",
        mutex_second_writer()
    );
    println!("A writer panics half-way through its update:");
    let (poisoned, data) = mutex_after_a_panic();
    println!("  Mutex:   poisoned = {poisoned}, into_inner() recovers {data:?}");
    let (free, data) = refcell_after_a_panic();
    println!("  RefCell: borrowable again = {free}, no poison flag, data {data:?}");
}

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

/// What a second writer, on another thread, gets from a `Mutex` that this thread holds locked.
///
/// The second writer must be another thread: a `Mutex` is not reentrant, and a second `lock()` on the
/// holding thread never returns (std documents it as a possible deadlock or panic).
pub fn mutex_second_writer() -> &'static str {
    let log = Mutex::new(Vec::<String>::new());
    let guard = log.lock().expect("not poisoned"); // the lock is held by this thread
    let outcome = thread::scope(|s| {
        s.spawn(|| match log.try_lock() {
            Ok(_) => "got it",
            Err(TryLockError::WouldBlock) => "WouldBlock (its lock() would wait for the holder)",
            Err(TryLockError::Poisoned(_)) => "poisoned",
        })
        .join()
        .expect("the second writer does not panic")
    });
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

/// A thread panics while holding the lock. Returns whether the mutex is poisoned afterwards and the
/// data recovered from it.
pub fn mutex_after_a_panic() -> (bool, Vec<String>) {
    let log = Arc::new(Mutex::new(vec!["before".to_string()]));
    let writer = Arc::clone(&log);
    let joined = crate::support::with_silent_panics(|| {
        thread::spawn(move || {
            let mut guard = writer.lock().expect("first locker");
            guard.push("half-written".to_string());
            panic!("worker crashed mid-update");
        })
        .join()
    });
    assert!(joined.is_err(), "the worker panicked");
    let poisoned = log.is_poisoned();
    let data = match log.lock() {
        Ok(guard) => guard.clone(),
        Err(poison) => poison.into_inner().clone(), // the data is still there, maybe inconsistent
    };
    (poisoned, data)
}

/// A panic inside a `borrow_mut`. Returns whether the cell can be borrowed again and its data.
pub fn refcell_after_a_panic() -> (bool, Vec<String>) {
    let log = RefCell::new(vec!["before".to_string()]);
    let caught = crate::support::with_silent_panics(|| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut borrowed = log.borrow_mut();
            borrowed.push("half-written".to_string());
            panic!("crashed mid-update");
        }))
    });
    assert!(caught.is_err(), "the closure panicked");
    let free = log.try_borrow_mut().is_ok(); // the RefMut was dropped while unwinding
    (free, log.into_inner())
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
    fn a_panic_poisons_a_mutex_but_not_a_refcell() {
        let both = vec!["before".to_string(), "half-written".to_string()];
        assert_eq!(mutex_after_a_panic(), (true, both.clone()));
        assert_eq!(refcell_after_a_panic(), (true, both));
    }

    #[test]
    #[should_panic(expected = "RefCell already borrowed")]
    fn borrow_mut_while_borrowed_panics() {
        let log = RefCell::new(Vec::<String>::new());
        let _reader = log.borrow();
        log.borrow_mut().push("too late".into());
    }
}
