//! **Q26 follow-up · Why `Mutex<T>` is `Sync` when `T` is only `Send`.** A `Mutex` lets one thread at a
//! time reach the `T`, with acquire/release ordering, so sharing the lock amounts to handing the `T` from
//! thread to thread, which is what `Send` allows; `RefCell`'s borrow check is a plain counter that two
//! threads could pass at once.
//!
//! - `unsafe impl<T: ?Sized + Send> Sync for Mutex<T>`: `Mutex<Cell<i32>>` and `Mutex<RefCell<_>>` are
//!   `Sync`, checked at compile time. Proof: `cargo test -p advanced --lib send_sync::follow_up`
//! - `RefCell<T>` is `Send` but never `Sync`, and `Mutex<Rc<i32>>` is neither: a clone of the `Rc`
//!   could escape the lock. Proof: `cargo test -p advanced --test compile_fail`
//! - `RwLock<T>` lets several readers hold `&T` at once, so it needs `T: Send + Sync`:
//!   `RwLock<Cell<i32>>` is not `Sync` (E0277). Proof: `cargo test -p advanced --test compile_fail`
//! - Four threads share one `Mutex<Cell<u32>>`: every increment counts.
//!   Proof: `cargo test -p advanced --lib send_sync::follow_up`
//!
//! # Run it
//! `cargo run --bin mutex_sync`: exact totals from four threads, and the `RefCell` borrow error.
//!
//! # Differences from the guide
//! - The question is cut off after "Why is Mutex": [ERRATA.md, Q26](../../../ERRATA.md#q26).
//!
//! # More to explore
//! - What makes a lock `Sync` is mutual exclusion plus memory ordering, not blocking: a spinlock or a
//!   `try_lock`-only lock is `Sync` too.
//! - The last two output lines restate the compile-time facts; the evidence is the `const _` block and
//!   the `tests/ui/mutex_sync/` cases, not the printed text.

#![forbid(unsafe_code)] // the answer needs no unsafe code

use std::cell::{Cell, RefCell};
use std::sync::{Mutex, RwLock};
use std::thread;

pub fn main() {
    println!(
        "Mutex<Cell<u32>>: {THREADS} threads x {ROUNDS} increments = {}",
        mutex_of_cell()
    );
    println!(
        "Mutex<RefCell<Vec<u32>>>: {THREADS} threads x {ROUNDS} pushes = {} items",
        mutex_of_refcell()
    );
    println!(
        "RefCell moved to a thread and back (Send): {:?}",
        refcell_moved_to_a_thread()
    );
    println!(
        "RefCell's borrow flag, second borrow_mut while borrowed: {}",
        refcell_flag_refuses_second_borrow()
    );
    println!(
        "Sync:     Mutex<Cell<i32>>, Mutex<RefCell<Vec<i32>>>, RwLock<Vec<i32>> (checked at compile time)"
    );
    println!(
        "not Sync: RefCell<i32>, Mutex<Rc<i32>>, RwLock<Cell<i32>> (tests/ui/mutex_sync, E0277)"
    );
}

/// Compiles only if `T: Send`.
pub const fn assert_send<T: ?Sized + Send>() {}
/// Compiles only if `T: Sync`.
pub const fn assert_sync<T: ?Sized + Sync>() {}

// Compile-time proof of the answer: these must all hold, or this crate does not build.
const _: () = {
    assert_send::<Cell<i32>>(); // Cell: Send ...
    assert_send::<RefCell<i32>>(); // ... RefCell: Send ...
    assert_sync::<Mutex<Cell<i32>>>(); // ... and a Mutex makes them Sync
    assert_sync::<Mutex<RefCell<Vec<i32>>>>();
    assert_sync::<Mutex<Vec<i32>>>();
    assert_sync::<RwLock<Vec<i32>>>(); // RwLock is Sync when T is Send + Sync
    // assert_sync::<RefCell<i32>>();        // ❌ E0277 — tests/ui/mutex_sync/refcell_not_sync.rs
    // assert_sync::<Mutex<Rc<i32>>>();      // ❌ E0277 — tests/ui/mutex_sync/mutex_rc_not_sync.rs
    // assert_send::<Mutex<Rc<i32>>>();      // ❌ E0277 — tests/ui/mutex_sync/mutex_rc_not_send.rs
    // assert_sync::<RwLock<Cell<i32>>>();   // ❌ E0277 — tests/ui/mutex_sync/rwlock_cell_not_sync.rs
};

const THREADS: u32 = 4;
const ROUNDS: u32 = 1000;

/// Four threads increment a `Cell` behind one shared `&Mutex`: every increment counts.
pub fn mutex_of_cell() -> u32 {
    let shared = Mutex::new(Cell::new(0_u32));
    thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| {
                for _ in 0..ROUNDS {
                    let cell = shared.lock().unwrap();
                    cell.set(cell.get() + 1);
                }
            });
        }
    });
    shared.into_inner().unwrap().get()
}

/// Four threads push into a `RefCell<Vec>` behind one shared `&Mutex`.
pub fn mutex_of_refcell() -> usize {
    let shared = Mutex::new(RefCell::new(Vec::new()));
    thread::scope(|s| {
        for t in 0..THREADS {
            let shared = &shared;
            s.spawn(move || {
                for i in 0..ROUNDS {
                    shared.lock().unwrap().borrow_mut().push(t * ROUNDS + i);
                }
            });
        }
    });
    shared.into_inner().unwrap().into_inner().len()
}

/// `RefCell` is `Send`: moved into one thread, used there, moved back.
pub fn refcell_moved_to_a_thread() -> Vec<u32> {
    let cell = RefCell::new(vec![1, 2]);
    let back = thread::spawn(move || {
        cell.borrow_mut().push(3);
        cell
    })
    .join()
    .unwrap();
    back.into_inner()
}

/// The non-atomic check that makes `RefCell` `!Sync`, seen on one thread: while a `&mut` borrow is
/// alive, a second `try_borrow_mut` is refused by reading the plain counter.
pub fn refcell_flag_refuses_second_borrow() -> String {
    let cell = RefCell::new(0);
    let first = cell.borrow_mut();
    let second = cell.try_borrow_mut().map(|_| ()).map_err(|e| e.to_string());
    drop(first);
    format!("{second:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mutex_makes_cell_and_refcell_shareable() {
        assert_eq!(mutex_of_cell(), THREADS * ROUNDS);
        assert_eq!(mutex_of_refcell(), (THREADS * ROUNDS) as usize);
    }

    #[test]
    fn refcell_is_send() {
        assert_eq!(refcell_moved_to_a_thread(), [1, 2, 3]);
    }

    #[test]
    fn refcell_refuses_a_second_mutable_borrow() {
        assert_eq!(
            refcell_flag_refuses_second_borrow(),
            "Err(\"RefCell already borrowed\")"
        );
    }

    #[test]
    #[should_panic(expected = "RefCell already borrowed")]
    fn borrow_mut_twice_panics() {
        let cell = RefCell::new(0);
        let _first = cell.borrow_mut();
        let _second = cell.borrow_mut();
    }
}
