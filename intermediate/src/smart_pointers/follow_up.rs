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
//! what each does when a second writer arrives while the first is active, and when a writer panics
//! half-way: a `Mutex` is then *poisoned* (`lock()` returns `Err(PoisonError)`, and `into_inner()` on
//! the error still gives the data, which may be half-updated), while a `RefCell` simply releases the
//! borrow during unwinding and records nothing. The threads' lines are sorted before printing, because
//! threads finish in any order; the deliberate panics run with a silent panic hook so that no
//! thread-id-stamped message reaches stderr.
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

/// Runs `f` with the panic hook silenced (the deliberate panics below would otherwise print a message
/// with a thread id and source location to stderr) and restores the previous hook.
fn with_silent_panics<R>(f: impl FnOnce() -> R) -> R {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = f();
    std::panic::set_hook(previous);
    result
}

/// A thread panics while holding the lock. Returns whether the mutex is poisoned afterwards and the
/// data recovered from it.
pub fn mutex_after_a_panic() -> (bool, Vec<String>) {
    let log = Arc::new(Mutex::new(vec!["before".to_string()]));
    let writer = Arc::clone(&log);
    let joined = with_silent_panics(|| {
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
    let caught = with_silent_panics(|| {
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
    println!("A writer panics half-way through its update:");
    let (poisoned, data) = mutex_after_a_panic();
    println!("  Mutex:   poisoned = {poisoned}, into_inner() recovers {data:?}");
    let (free, data) = refcell_after_a_panic();
    println!("  RefCell: borrowable again = {free}, no poison flag, data {data:?}");
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
