//! **Q5 · Ownership.** Every value has exactly one owner; assigning a `String` moves it, and the value is
//! dropped when its owner's scope ends.
//!
//! - After `let s2 = s1;` or passing `s1` to a function, the old name is unusable (E0382). Proof: `cargo test -p basics --test compile_fail`
//! - The drop runs at the closing brace of the owner's scope, or inside the function that took
//!   ownership. Proof: `cargo run --bin ownership`
//! - `Copy` types (`i32`, arrays of them) are duplicated instead: a bitwise copy is a valid second value,
//!   so a type with a `Drop` cannot be `Copy` (E0184). Proof: `cargo test -p basics --lib ownership::tests`
//! - The checks are free at run time, the frees are not: the compiler inserts each drop, with a runtime
//!   flag where a move happens on one branch only. Proof: `cargo test -p basics --lib ownership::tests::a_move_on_one_branch_is_decided_by_a_drop_flag`
//!
//! # Run it
//! `cargo run --bin ownership`: the guide's three lines, then the same moves with values that print
//! their drop.
//!
//! # Differences from the guide
//! - `s2` is dropped with `drop(s2)`, not left unused: [ERRATA.md, Q5](../../ERRATA.md#q5).
//! - "No runtime cost" is qualified: [ERRATA.md, Q5](../../ERRATA.md#q5).
//! - `Copy` is not "stack-only": [ERRATA.md, Q5](../../ERRATA.md#q5).
//!
//! # More to explore
//! - `let _ = s2;` binds nothing and moves nothing: `s2` stays usable (test
//!   `let_underscore_does_not_move`). The same trap with a lock guard: `let _ = m.lock()` unlocks at once,
//!   `let _guard = m.lock()` at the end of the scope.
//! - `Copy` is not about the stack: a `String`'s header is on the stack too, and `[u8; 4096]` is `Copy`.
//!   `tests/ui/ownership/copy_with_drop.rs` is the E0184 case.
//! - The guide's 23 use-after-free bugs are listed as not measurable in `performance/CLAIMS.md`.
//!
//! # Follow-up
//! What is the difference between a move and `clone()`, and when would you clone? [`follow_up`],
//! `cargo run --bin move_vs_clone`.

pub mod follow_up;

/// The guide's example; `s2` is dropped with `drop(s2)` instead of being left unused.
pub fn main() {
    // Rules 1 and 2: one owner at a time.
    let s1 = String::from("hello");
    let s2 = s1; // ownership moves to s2; s1 is no longer usable
    // println!("{}", s1); // ❌ E0382 — tests/ui/ownership/use_after_move.rs
    drop(s2); // s2 is the owner now: dropping it frees the buffer. (`let _ = s2;` would move nothing.)

    // Copy types are duplicated, not moved: both names stay usable.
    let x = 42;
    let y = x;
    println!("x={}, y={}", x, y);

    // Rule 3: dropped at the end of the owner's scope.
    {
        let temp = String::from("temporary");
        println!("{}", temp);
    } // temp is dropped here

    // Ownership moves into a function and out of one.
    let greeting = create_greeting("Rust");
    consume_string(greeting);
    // println!("{}", greeting); // ❌ E0382 — tests/ui/ownership/use_after_move_into_fn.rs

    println!("--- the same moves, with drops made visible ---");
    show_drops();
}

/// Returns a new `String`; ownership of it moves to the caller.
pub fn create_greeting(name: &str) -> String {
    format!("Hello, {}!", name)
}

/// Takes ownership of `s`; the string is freed when this function returns.
pub fn consume_string(s: String) {
    println!("Consumed: {}", s);
}

/// A value that announces its own drop, so the output shows *when* ownership ends.
#[derive(Debug)]
pub struct Tracked(pub &'static str);

impl Drop for Tracked {
    fn drop(&mut self) {
        println!("drop({})", self.0);
    }
}

fn take(t: Tracked) {
    println!("take() now owns {}", t.0);
} // `t` is dropped here, before `take` returns

fn show_drops() {
    let outer = Tracked("outer");
    {
        let _temp = Tracked("temp");
        println!("inner scope ends");
    } // drop(temp) is printed here
    let moved = outer; // a move: no drop and no copy of what `outer` owns, just a new owner
    take(moved); // drop(outer) is printed inside take()
    println!("main continues; nothing left to drop");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_greeting_formats_the_name() {
        assert_eq!(create_greeting("Rust"), "Hello, Rust!");
    }

    /// Records its name in a shared log when dropped.
    struct Noisy(
        &'static str,
        std::rc::Rc<std::cell::RefCell<Vec<&'static str>>>,
    );

    impl Drop for Noisy {
        fn drop(&mut self) {
            self.1.borrow_mut().push(self.0);
        }
    }

    #[test]
    fn a_move_on_one_branch_is_decided_by_a_drop_flag() {
        let log = std::rc::Rc::default();
        for hand_over in [true, false] {
            // Whether `t` is still owned at the end of the loop body is known only at run time: the
            // compiler keeps a hidden flag and drops `t` at the brace only if it was not moved.
            let t = Noisy(
                if hand_over { "moved" } else { "kept" },
                std::rc::Rc::clone(&log),
            );
            if std::hint::black_box(hand_over) {
                drop(t);
            }
            log.borrow_mut().push("end of body");
        }
        assert_eq!(
            *log.borrow(),
            ["moved", "end of body", "end of body", "kept"]
        );
    }

    #[test]
    #[allow(clippy::let_underscore_untyped, clippy::no_effect_underscore_binding)]
    fn let_underscore_does_not_move() {
        let s2 = String::from("hello");
        let _ = s2; // binds nothing: `s2` is not moved
        assert_eq!(s2, "hello", "still usable, so nothing moved");
        let log = std::rc::Rc::default();
        let _ = Noisy("temporary", std::rc::Rc::clone(&log)); // a temporary: dropped at the `;`
        assert_eq!(*log.borrow(), ["temporary"]);
        let _kept = Noisy("named", std::rc::Rc::clone(&log)); // a binding: dropped at the brace
        assert_eq!(log.borrow().len(), 1);
    }

    #[test]
    fn copy_is_about_duplication_not_the_stack() {
        fn duplicate<T: Copy>(t: T) -> (T, T) {
            (t, t)
        }
        let big = [7_u8; 4096]; // Copy although 4 KiB
        let (a, b) = duplicate(big);
        assert_eq!((a[0], b[4095], big[0]), (7, 7, 7));
        let (x, y) = duplicate(42);
        assert_eq!((x, y), (42, 42));
        // A String's header (pointer, capacity, length) is on the stack too, but String is not Copy:
        // a bitwise copy would make two owners of one buffer.
        assert_eq!(size_of::<String>(), 3 * size_of::<usize>());
    }
}
