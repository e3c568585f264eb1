//! Follow-up: why is `Mutex<T>` `Sync` when `T` is only `Send`, while `RefCell<T>` is not `Sync`?
//!
//! (The guide's question is cut off after "Why is Mutex"; this is the reading in `interview/questions.toml`.)
//!
//! The standard library says `unsafe impl<T: ?Sized + Send> Sync for Mutex<T>`. Sharing a `&Mutex<T>`
//! between threads only ever lets *one* thread at a time reach the `T`, through the `MutexGuard`, and the
//! lock's acquire/release makes each thread see the previous one's writes. So the threads take turns
//! with exclusive access: that is the same as handing the `T` from thread to thread, which is what `Send`
//! allows. `T` never has to be `Sync`, because it is never used by two threads at once. That is why
//! `Mutex<Cell<i32>>` and `Mutex<RefCell<Vec<i32>>>` are `Sync` even though `Cell` and `RefCell` are not.
//! `Mutex<Rc<i32>>` is neither `Send` nor `Sync`: a clone of the `Rc` could escape the lock and two
//! threads would update its plain counter at once.
//!
//! `RefCell<T>` hands out `&T`/`&mut T` after checking a borrow counter, but that counter is a plain
//! `Cell<isize>`. Two threads calling `borrow_mut()` at the same moment could both read "not borrowed"
//! and both get a `&mut T`, so `RefCell` is `!Sync`. It is still `Send`: moving it to another thread
//! leaves one thread using it.
//!
//! `RwLock<T>` is the contrast: several readers hold `&T` *at the same time*, so it needs `T: Send + Sync`,
//! and `RwLock<Cell<i32>>` is not `Sync`.
//!
//! Proof in three parts: the `const _` blocks below are compile-time assertions (this module compiles,
//! so they hold); `tests/ui/mutex_sync/*.rs` are the cases that must not compile (E0277 each); and
//! `cargo run --bin mutex_sync` shares a `Mutex<Cell<u32>>` and a `Mutex<RefCell<Vec<u32>>>` between four
//! threads and gets exact totals.

use std::cell::{Cell, RefCell};
use std::sync::{Mutex, RwLock};
use std::thread;

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
