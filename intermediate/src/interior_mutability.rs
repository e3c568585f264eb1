//! **Q20 · `Cell`, `RefCell` and `Mutex`.** All three allow mutation through a shared reference:
//! `Cell` by never lending a reference (values are copied or moved in and out), `RefCell` by counting
//! borrows at run time (one thread), `Mutex` by a lock that makes other threads wait.
//!
//! - `Cell` works for any `T`; only `get`, which returns a copy, needs `T: Copy` (E0599 for `Cell<String>`). Proof: `cargo test -p intermediate --lib interior_mutability::tests::cell_moves_values_in_and_out`
//! - `Cell` costs nothing: `Cell<u32>` is 4 bytes; `RefCell<u32>` adds a borrow counter. Proof: `cargo test -p intermediate --lib interior_mutability::tests::cell_is_free_refcell_carries_a_counter`
//! - `borrow_mut()` while a `borrow()` lives panics "RefCell already borrowed"; `try_borrow_mut` asks without panicking. Proof: `cargo test -p intermediate --lib interior_mutability::tests::borrow_mut_while_borrowed_panics`
//! - `Mutex<T>` is `Sync` when `T: Send` because it guarantees one holder at a time, with the ordering to publish each holder's writes, not because it blocks. Proof: `cargo test -p intermediate --lib interior_mutability::tests::a_mutex_makes_a_send_value_sync`
//!
//! # Run it
//! `cargo run --bin interior_mutability`, then `cargo test -p intermediate --lib interior_mutability`. The
//! guide's three outputs, then `Cell<String>`, and the double borrow asked without panicking.
//!
//! # Differences from the guide
//! - `Cell` is not only "for `Copy` types": [ERRATA.md, Q20](../../ERRATA.md#q20).
//! - The panic messages are 1.98.0's, tested exactly: [ERRATA.md, Q20](../../ERRATA.md#q20).
//!
//! # More to explore
//! - `Cell` and `RefCell` are `!Sync`, so they never cross threads (Q19 follow-up); all of these types
//!   are built on `UnsafeCell`. A spinlock, or a lock with only `try_lock`, would be `Sync` as well:
//!   what matters is the exclusion.
//! - For a plain counter an atomic is enough: [`count_with_atomic`] uses `AtomicU64::fetch_add`, no
//!   lock. A `MutexGuard` is `!Send` (it must be unlocked by the thread that locked it:
//!   `tests/ui/interior_mutability/mutex_guard_is_not_send.rs`, E0277), which is also why a std guard
//!   cannot be held across an `.await` in a task that `tokio::spawn` may move between threads.
//! - `lock()` returns `Err` if a thread panicked while holding the lock (poisoning): `expect("not
//!   poisoned")` says that cannot happen here; Q19's follow-up shows the recovery with `into_inner`.
//! - `shared_log` returns `shared_log.borrow().clone()` as its tail expression: edition 2024 drops the
//!   temporary `Ref` before the local it borrows; edition 2021 rejected the same body with E0597.
//!
//! # Follow-up
//! "When would you choose `RefCell` over restructuring your code to satisfy the borrow checker?":
//! [`follow_up`], `cargo run --bin refcell_or_restructure`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::thread;

pub mod follow_up;

/// The guide's example.
pub fn main() {
    // RefCell — runtime borrow checking (single-threaded)
    let data = RefCell::new(vec![1, 2, 3]);
    data.borrow_mut().push(4); // mutable borrow at runtime
    println!("Data: {:?}", data.borrow()); // [1, 2, 3, 4]

    // Rc<RefCell<T>> — shared + mutable (single-threaded)
    println!("Logs: {:?}", shared_log());

    // Arc<Mutex<T>> — shared + mutable (multi-threaded)
    println!("Counter: {}", count_in_threads(10)); // 10

    println!("--- Cell: no references, so no borrow checking ---");
    cell_demo();

    println!("--- RefCell: the double borrow, asked without panicking ---");
    let r = RefCell::new(5);
    {
        let a = r.borrow(); // immutable borrow
        println!(
            "while a = {} is alive, try_borrow_mut: {:?}",
            a,
            r.try_borrow_mut().map(|_| ())
        );
        // let b = r.borrow_mut(); // 💥 panics "RefCell already borrowed" — test borrow_mut_while_borrowed_panics
    }
    // The guide's fix: end the first borrow before taking the second.
    println!("after the fix: {}", double_borrow_fixed(&r));
}

/// Two loggers share one log through `Rc`, and both push through `RefCell::borrow_mut`.
pub fn shared_log() -> Vec<String> {
    let shared_log = Rc::new(RefCell::new(Vec::<String>::new()));
    let logger1 = Rc::clone(&shared_log);
    let logger2 = Rc::clone(&shared_log);
    logger1.borrow_mut().push("Request received".into());
    logger2.borrow_mut().push("Response sent".into());
    // Edition 2024 drops the temporary `Ref` of a tail expression before the locals it borrows from
    // (edition 2021 rejected this line: E0597, `shared_log` does not live long enough).
    shared_log.borrow().clone()
}

/// `threads` threads each increment one shared counter once.
pub fn count_in_threads(threads: usize) -> u64 {
    let counter = Arc::new(Mutex::new(0u64));
    let mut handles = vec![];
    for _ in 0..threads {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            // `lock` fails only if another thread panicked while holding the lock (poisoning).
            let mut num = counter.lock().expect("no thread panics holding the lock");
            *num += 1;
        }));
    }
    for h in handles {
        h.join().expect("counting thread panicked");
    }
    *counter.lock().expect("not poisoned")
}

/// The same count with an atomic: for a plain counter, `AtomicU64::fetch_add` needs no lock at all.
pub fn count_with_atomic(threads: usize) -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    let counter = AtomicU64::new(0);
    thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| counter.fetch_add(1, Ordering::Relaxed));
        }
    });
    counter.into_inner()
}

/// What `Cell` can do with a `Copy` type and with a non-`Copy` one.
pub fn cell_demo() {
    let hits = Cell::new(0u32);
    let record = |h: &Cell<u32>| h.set(h.get() + 1); // mutation through `&Cell`
    record(&hits);
    record(&hits);
    println!("Cell<u32>: get() = {}", hits.get());

    let name = Cell::new(String::from("draft"));
    // println!("{}", name.get()); // ❌ E0599 — tests/ui/interior_mutability/cell_get_needs_copy.rs
    let old = name.replace(String::from("final")); // moves the old value out
    println!("Cell<String>: replace gave back {old:?}");
    let taken = name.take(); // leaves String::default() behind
    println!("Cell<String>: take gave {taken:?}, left {:?}", name.take());
    name.set(String::from("set again")); // drops the previous value
    println!("Cell<String>: into_inner = {:?}", name.into_inner());
}

/// The guide's "right" half: the first borrow ends in its own block, then the mutable borrow is fine.
pub fn double_borrow_fixed(r: &RefCell<i32>) -> i32 {
    {
        let a = r.borrow();
        println!("{}", a);
    } // a dropped
    let mut b = r.borrow_mut(); // ✅ OK now
    *b += 1;
    *b
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::size_of;

    #[test]
    fn cell_is_free_refcell_carries_a_counter() {
        assert_eq!(size_of::<Cell<u32>>(), size_of::<u32>());
        assert_eq!(size_of::<Cell<String>>(), size_of::<String>());
        // RefCell<T> = a borrow counter (an isize) + the value (+ padding).
        assert!(size_of::<RefCell<u32>>() >= size_of::<isize>() + size_of::<u32>());
    }

    #[test]
    fn a_mutex_makes_a_send_value_sync() {
        // `Cell<u32>` is Send but not Sync; inside a Mutex only one thread at a time can reach it.
        const _: () = {
            const fn assert_sync<T: Sync>() {}
            assert_sync::<Mutex<Cell<u32>>>();
        };
        let shared = Mutex::new(Cell::new(0_u32));
        thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    let cell = shared.lock().expect("not poisoned");
                    cell.set(cell.get() + 1);
                });
            }
        });
        assert_eq!(shared.into_inner().expect("not poisoned").get(), 4);
    }

    #[test]
    #[should_panic(expected = "RefCell already borrowed")]
    fn borrow_mut_while_borrowed_panics() {
        // The guide's mistake, as written.
        let r = RefCell::new(5);
        let _a = r.borrow(); // immutable borrow
        let _b = r.borrow_mut(); // 💥 PANIC
    }

    #[test]
    #[should_panic(expected = "RefCell already mutably borrowed")]
    fn borrow_while_mutably_borrowed_panics() {
        let r = RefCell::new(5);
        let _b = r.borrow_mut();
        let _a = r.borrow();
    }

    #[test]
    fn the_fix_releases_the_first_borrow() {
        let r = RefCell::new(5);
        assert_eq!(double_borrow_fixed(&r), 6);
        assert_eq!(*r.borrow(), 6);
    }

    #[test]
    fn try_borrow_reports_instead_of_panicking() {
        let r = RefCell::new(5);
        let a = r.borrow();
        assert!(r.try_borrow_mut().is_err());
        assert!(r.try_borrow().is_ok()); // any number of shared borrows
        drop(a);
        assert!(r.try_borrow_mut().is_ok());
    }

    #[test]
    fn the_guides_outputs() {
        assert_eq!(shared_log(), ["Request received", "Response sent"]);
        assert_eq!(count_in_threads(10), 10);
    }

    #[test]
    fn an_atomic_counter_needs_no_mutex() {
        assert_eq!(count_with_atomic(10), 10);
    }

    #[test]
    fn cell_moves_values_in_and_out() {
        let c = Cell::new(String::from("a"));
        assert_eq!(c.replace("b".into()), "a");
        assert_eq!(c.take(), "b");
        assert_eq!(c.into_inner(), "");
    }
}
