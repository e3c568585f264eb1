//! Q5 — Ownership: every value has one owner, assignment of a `String` moves it, and the value is dropped
//! when its owner goes out of scope.
//!
//! Run `cargo run --bin ownership`. The first three lines are the guide's output. The lines after them
//! make the third rule visible: [`Tracked`] prints when it is dropped, so you can see that the drop happens
//! exactly at the closing brace of the owner's scope, or inside the function that took ownership — with no
//! garbage collector deciding when.
//!
//! The two lines the guide marks ❌ are compile-fail cases with their real error code (both are E0382,
//! "borrow of moved value"): `tests/ui/ownership/use_after_move.rs` and
//! `tests/ui/ownership/use_after_move_into_fn.rs`.
//!
//! Follow-up (move vs clone): [`follow_up`], `cargo run --bin move_vs_clone`.

/// The guide's example, unchanged in behaviour.
pub fn main() {
    // Rules 1 and 2: one owner at a time.
    let s1 = String::from("hello");
    let s2 = s1; // ownership moves to s2; s1 is no longer usable
    // println!("{}", s1); // ❌ E0382 — tests/ui/ownership/use_after_move.rs
    let _ = s2;

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
    let moved = outer; // a move: no drop, no copy of the heap data, just a new owner
    take(moved); // drop(outer) is printed inside take()
    println!("main continues; nothing left to drop");
}

/// Follow-up: what is the difference between a move and `clone()`, and when should you clone?
///
/// A move copies the three-word `String` header (pointer, capacity, length) into the new owner and
/// makes the old name unusable; the heap buffer stays where it is. `clone()` allocates a new buffer
/// and copies the bytes, leaving two independent owners. The binary proves both with the workspace's
/// counting allocator: the move allocates nothing and keeps the same buffer address, the clone makes
/// exactly one allocation of the string's length.
///
/// Clone when you really need two owners (keep a value and also hand one away, e.g. to another thread);
/// borrow (`&s`) when the callee only needs to look. `Copy` types like `i32` are always duplicated on
/// assignment, which is cheap and implicit, and is why `x` stays usable in [`main`].
pub mod follow_up {
    use crate::alloc_counter::count_allocations;

    /// What happened to a `String` when it was given to a new owner.
    #[derive(Debug, PartialEq, Eq)]
    pub struct Handover {
        /// Heap allocations made by the handover.
        pub allocations: usize,
        /// Bytes allocated by the handover.
        pub bytes: usize,
        /// Whether the new owner points at the very same heap buffer as the old one.
        pub same_buffer: bool,
    }

    /// Moves `s` into a new owner and reports what that cost.
    pub fn move_string(s: String) -> (String, Handover) {
        let before = s.as_ptr();
        let (moved, stats) = count_allocations(|| {
            let new_owner = s; // a move
            new_owner
        });
        let report = Handover {
            allocations: stats.allocations,
            bytes: stats.bytes,
            same_buffer: moved.as_ptr() == before,
        };
        (moved, report)
    }

    /// Clones `s` into a second owner and reports what that cost; `s` stays usable.
    // `&String` on purpose: the point is to call `String::clone`, not `str::to_owned`.
    #[allow(clippy::ptr_arg)]
    pub fn clone_string(s: &String) -> (String, Handover) {
        let (copy, stats) = count_allocations(|| s.clone());
        let report = Handover {
            allocations: stats.allocations,
            bytes: stats.bytes,
            same_buffer: copy.as_ptr() == s.as_ptr(),
        };
        (copy, report)
    }

    pub fn main() {
        let original = String::from("hello, world");

        let (copy, cloned) = clone_string(&original);
        println!(
            "clone: {} allocation(s), {} bytes, same buffer: {}",
            cloned.allocations, cloned.bytes, cloned.same_buffer
        );
        println!("  both owners usable: original={original:?}, copy={copy:?}");

        let (new_owner, moved) = move_string(original);
        println!(
            "move:  {} allocation(s), {} bytes, same buffer: {}",
            moved.allocations, moved.bytes, moved.same_buffer
        );
        println!("  only the new owner is usable: {new_owner:?}");

        // Copy types: assignment duplicates the value, both names stay valid, nothing is allocated.
        let x = 7_i32;
        let y = x;
        println!("copy:  x={x}, y={y} (i32 is Copy)");
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_move_allocates_nothing_and_keeps_the_buffer() {
            let (s, report) = move_string("abc".to_string());
            assert_eq!(s, "abc");
            assert_eq!(
                report,
                Handover {
                    allocations: 0,
                    bytes: 0,
                    same_buffer: true
                }
            );
        }

        #[test]
        fn a_clone_allocates_one_new_buffer_of_the_same_length() {
            let original = "abcdef".to_string();
            let (copy, report) = clone_string(&original);
            assert_eq!(copy, original);
            assert_eq!(
                report,
                Handover {
                    allocations: 1,
                    bytes: 6,
                    same_buffer: false
                }
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_greeting_formats_the_name() {
        assert_eq!(create_greeting("Rust"), "Hello, Rust!");
    }
}
