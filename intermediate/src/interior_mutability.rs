//! Q20 — `Cell`, `RefCell` and `Mutex`: mutation through a shared reference, checked at compile time
//! (`Cell`: never hands out a reference), at run time (`RefCell`: counts borrows), or by a lock (`Mutex`).
//!
//! Run `cargo run --bin interior_mutability`. The first lines are the guide's output (`Data: [1, 2, 3, 4]`,
//! the two log lines, `Counter: 10`). Then:
//! - `Cell`: the guide says "for `Copy` types". Precisely: `Cell<T>` works for any `T`, but `get` (which
//!   returns a copy) needs `T: Copy`. `Cell<String>` still has `set`, `replace` and `take` — they move
//!   values in and out and never lend a reference, which is why `Cell` needs no borrow counting at all.
//!   `Cell::<String>::get` is a compile-fail case: `tests/ui/interior_mutability/cell_get_needs_copy.rs`,
//!   E0599 (the method exists but its trait bound `String: Copy` is not satisfied).
//! - The guide's common mistake: `borrow_mut()` while a `borrow()` is alive panics with
//!   `RefCell already borrowed`, and `borrow()` while a `borrow_mut()` is alive with
//!   `RefCell already mutably borrowed` (the exact messages of Rust 1.95; older releases printed
//!   `already borrowed: BorrowMutError`). Both are `#[should_panic]` tests below. The binary shows the
//!   non-panicking way to ask, `try_borrow_mut`, and the guide's fix (end the first borrow in a block),
//!   which prints `5` and then `6`.
//!
//! The guide says `Mutex` "blocks until lock is available" — true, and it is also why it is the only
//! one of the three that is `Sync`; see Q19's follow-up (`cargo run --bin refcell_and_mutex`) for the
//! side-by-side comparison.
//!
//! Follow-up (when `RefCell` beats restructuring, and when it does not): [`follow_up`],
//! `cargo run --bin refcell_or_restructure`.

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
    // Edition 2024 drops the temporary `Ref` of a tail expression before the locals it borrows from.
    shared_log.borrow().clone()
}

/// `threads` threads each increment one shared counter once.
pub fn count_in_threads(threads: usize) -> u64 {
    let counter = Arc::new(Mutex::new(0u64));
    let mut handles = vec![];
    for _ in 0..threads {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            let mut num = counter.lock().expect("no thread panics holding the lock");
            *num += 1;
        }));
    }
    for h in handles {
        h.join().expect("counting thread panicked");
    }
    *counter.lock().expect("not poisoned")
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
    fn guide_outputs() {
        assert_eq!(shared_log(), ["Request received", "Response sent"]);
        assert_eq!(count_in_threads(10), 10);
    }

    #[test]
    fn cell_moves_values_in_and_out() {
        let c = Cell::new(String::from("a"));
        assert_eq!(c.replace("b".into()), "a");
        assert_eq!(c.take(), "b");
        assert_eq!(c.into_inner(), "");
    }
}
