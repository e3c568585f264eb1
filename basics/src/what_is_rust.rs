//! Q1 — What Rust is: a systems language aiming at safety, speed and concurrency, with memory managed at
//! compile time by ownership instead of at run time by a garbage collector.
//!
//! Run `cargo run --bin what_is_rust`. It prints the guide's single output line: of the four languages
//! only "Rust" starts with `R`. Notice the types: `languages` is a `Vec<&str>`, iterating over `&languages`
//! borrows it (each `lang` is a `&&str`), and `starts_with` still works because method calls auto-dereference.
//! After the loop `languages` is still usable: `main` passes it to [`memory_safe_without_gc`] afterwards.
//!
//! The guide's real-world figures (Discord's P99 latency, Cloudflare's CPU and memory savings) are reports
//! about other companies' systems; nothing on this machine can reproduce them, so no test claims them.
//! The "common mistake" of this question is a wrong framing ("Rust is a faster Python"), not code, so it has
//! no compile-fail case.
//!
//! Follow-up (ownership vs garbage collection): [`follow_up`], `cargo run --bin ownership_vs_gc`.

/// The guide's example.
pub fn main() {
    // Rust reads clearly and compiles to fast native code
    let languages = vec!["Rust", "Go", "C++", "Python"];
    for lang in &languages {
        // `lang` is `&&str`: the loop borrows the vector instead of consuming it.
        if lang.starts_with('R') {
            println!("{} is memory-safe without a GC!", lang);
        }
    }
    // The vector was only borrowed by the loop, so it can still be used here.
    assert_eq!(memory_safe_without_gc(&languages), ["Rust"]);
}

/// The loop of [`main`] as a function: the names in `languages` that start with `R`.
///
/// The returned slices borrow from the caller's strings (no copies), which the lifetime `'a` states.
pub fn memory_safe_without_gc<'a>(languages: &[&'a str]) -> Vec<&'a str> {
    languages
        .iter()
        .copied()
        .filter(|lang| lang.starts_with('R'))
        .collect()
}

/// Follow-up: what is the ownership model and how does it differ from garbage collection?
///
/// A garbage collector finds unreachable memory *at run time*, at moments the program does not choose
/// (hence pauses). Ownership decides *at compile time* where each value is freed: at the end of its owner's
/// scope, or wherever ownership was moved to. The output of `cargo run --bin ownership_vs_gc` shows it with
/// [`Connection`](follow_up::Connection)s that log when they are closed:
///
/// - resources are released exactly at the closing brace, in reverse order of creation;
/// - a value moved into a function is released when that function returns;
/// - shared ownership is opt-in (`Rc`) and still deterministic: the last owner to go frees the value.
///   (Unlike a tracing GC, reference counting does not collect cycles; that is what `Weak` is for.)
///
/// Because release is tied to scope, the same mechanism (RAII via `Drop`) closes files, sockets and locks,
/// which a GC does not promise to do promptly.
pub mod follow_up {
    use std::cell::RefCell;
    use std::rc::Rc;

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

        record(&log, "done".into());
        log.borrow().clone()
    }

    pub fn main() {
        scenarios();
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
                "done",
            ];
            assert_eq!(events, expected);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rust_starts_with_r() {
        assert_eq!(
            memory_safe_without_gc(&["Rust", "Go", "C++", "Python"]),
            ["Rust"]
        );
        assert!(memory_safe_without_gc(&["rust"]).is_empty(), "case matters");
    }
}
