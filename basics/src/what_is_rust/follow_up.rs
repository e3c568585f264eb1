//! **Q1 follow-up · Ownership vs garbage collection.** A collector finds unreachable memory at run time, at
//! moments the program does not choose; with ownership the compiler inserts each value's drop at a point
//! it knows: where its owner's scope ends.
//!
//! - Values are released at the closing brace, in reverse order of creation, or when the function they
//!   were moved into returns. Proof: `cargo test -p basics --lib what_is_rust::follow_up::tests::resources_are_released_at_fixed_points`
//! - Where a move happens on one branch only, a hidden drop flag decides at run time: the drops and frees
//!   still cost something; what is gone is the tracing and its pauses. Proof: `cargo test -p basics --lib what_is_rust::follow_up::tests::resources_are_released_at_fixed_points`
//! - The same mechanism (RAII, `Drop`) closes files, sockets and locks promptly; shared ownership is
//!   opt-in (`Rc`/`Arc`) and the last owner frees. Proof: `cargo run --bin ownership_vs_gc`
//! - A drop is not guaranteed: `mem::forget` and `Rc` cycles leak, safely (hence `Weak`). Proof: `cargo test -p basics --lib what_is_rust::follow_up::tests::a_forgotten_value_is_never_dropped`
//!
//! # Run it
//! `cargo run --bin ownership_vs_gc`: [`Connection`]s log when they open and close, through each scenario.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - Reference counting does not collect cycles; a tracing GC does. `Weak` breaks the cycle.
//! - `std::process::exit` and `panic = "abort"` end the process without running pending drops either.

use std::cell::RefCell;
use std::rc::Rc;

pub fn main() {
    scenarios();
}

/// A shared, ordered record of what happened, so tests can check the order of releases.
pub type Log = Rc<RefCell<Vec<String>>>;

/// A resource that must be released promptly (think socket or file handle).
#[derive(Debug)]
pub struct Connection {
    name: &'static str,
    log: Log,
}

impl Connection {
    /// Opens a connection and records it in `log`.
    pub fn open(name: &'static str, log: &Log) -> Self {
        record(log, format!("open {name}"));
        Connection {
            name,
            log: Rc::clone(log),
        }
    }
}

impl Drop for Connection {
    // Runs at a point the compiler fixed: no collector decides when.
    fn drop(&mut self) {
        record(&self.log, format!("close {}", self.name));
    }
}

fn record(log: &Log, event: String) {
    println!("{event}");
    log.borrow_mut().push(event);
}

fn serve(conn: Connection) {
    record(&conn.log, format!("serve() owns {}", conn.name));
} // `conn` is dropped here: the callee became its owner

/// Runs the three scenarios and returns the log of events, in order.
pub fn scenarios() -> Vec<String> {
    let log: Log = Rc::default();

    record(&log, "-- scope end, reverse order".into());
    {
        let _db = Connection::open("db", &log);
        let _cache = Connection::open("cache", &log);
        record(&log, "leaving scope".into());
    } // cache is closed first, then db

    record(&log, "-- moved into a function".into());
    let api = Connection::open("api", &log);
    serve(api);
    record(&log, "back in caller".into());

    record(&log, "-- shared ownership with Rc".into());
    let shared = Rc::new(Connection::open("shared", &log));
    let second_owner = Rc::clone(&shared);
    record(&log, format!("owners: {}", Rc::strong_count(&second_owner)));
    drop(shared);
    record(&log, "first owner gone, still open".into());
    drop(second_owner); // the last owner: closed right here

    record(&log, "-- moved on one branch only: a drop flag".into());
    for hand_over in [true, false] {
        let conn = Connection::open(if hand_over { "handed" } else { "kept" }, &log);
        if std::hint::black_box(hand_over) {
            serve(conn); // closed inside serve()
        }
        record(&log, "end of iteration".into());
    } // `kept` is closed here: the flag says it was not moved

    record(&log, "-- mem::forget: a safe leak".into());
    std::mem::forget(Connection::open("forgotten", &log)); // never closed

    record(&log, "done".into());
    log.borrow().clone()
}

#[cfg(test)]
mod tests {
    #[test]
    fn resources_are_released_at_fixed_points() {
        let events = super::scenarios();
        let expected = [
            "-- scope end, reverse order",
            "open db",
            "open cache",
            "leaving scope",
            "close cache",
            "close db",
            "-- moved into a function",
            "open api",
            "serve() owns api",
            "close api",
            "back in caller",
            "-- shared ownership with Rc",
            "open shared",
            "owners: 2",
            "first owner gone, still open",
            "close shared",
            "-- moved on one branch only: a drop flag",
            "open handed",
            "serve() owns handed",
            "close handed",
            "end of iteration",
            "open kept",
            "end of iteration",
            "close kept",
            "-- mem::forget: a safe leak",
            "open forgotten",
            "done",
        ];
        assert_eq!(events, expected);
    }

    #[test]
    fn a_forgotten_value_is_never_dropped() {
        let events = super::scenarios();
        assert!(events.contains(&"open forgotten".to_string()));
        assert!(!events.contains(&"close forgotten".to_string()));
    }
}
