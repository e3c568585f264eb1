//! **Q5 follow-up · Move vs `clone()`.** A move hands the same value to a new owner and makes the old name
//! unusable; `clone()` makes a second, independent value, which for a `String` means a new heap buffer.
//!
//! - A move copies the three-word `String` header and allocates nothing: the new owner points at the
//!   same buffer. Proof: `cargo test -p basics --lib ownership::follow_up::tests::a_move_allocates_nothing_and_keeps_the_buffer`
//! - `clone()` of a `String` makes one allocation of exactly its length and copies the bytes. Proof: `cargo test -p basics --lib ownership::follow_up::tests::a_clone_allocates_one_new_buffer_of_the_same_length`
//! - What a clone costs depends on the type: `Rc::clone` allocates nothing and bumps a counter, which is
//!   why `Rc::clone(&x)` is written out. Proof: `cargo test -p basics --lib ownership::follow_up::tests::an_rc_clone_only_counts`
//! - Clone when you need two owners (keep a value and give one away, say to a thread); borrow `&s` when
//!   the callee only looks. Proof: `cargo run --bin move_vs_clone`
//!
//! # Run it
//! `cargo run --bin move_vs_clone`: allocations, bytes and buffer identity for a clone and a move, counted
//! by the workspace's counting allocator.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - The move test can only fail if Rust changed what a move is: read it as documentation, not evidence.
//! - `Copy` types are duplicated on every assignment, implicitly; `Clone` is always an explicit call.
//! - A struct can be moved out of field by field (a partial move); the struct is then unusable as a whole
//!   (test `a_partial_move_leaves_the_other_fields_usable`).

use crate::alloc_counter::count_allocations;

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
    fn a_partial_move_leaves_the_other_fields_usable() {
        struct User {
            name: String,
            email: String,
        }
        let user = User {
            name: "Priya".into(),
            email: "priya@example.com".into(),
        };
        let name = user.name; // moves one field out
        assert_eq!(
            user.email, "priya@example.com",
            "the other field is still usable"
        );
        assert_eq!(name, "Priya");
        // `user` as a whole is not: `let whole = user;` here would be E0382 (partially moved).
    }

    #[test]
    fn an_rc_clone_only_counts() {
        let shared = std::rc::Rc::new(String::from("hello"));
        let (second, stats) = count_allocations(|| std::rc::Rc::clone(&shared));
        assert_eq!(stats.allocations, 0);
        assert_eq!(std::rc::Rc::strong_count(&second), 2);
        assert!(
            std::rc::Rc::ptr_eq(&shared, &second),
            "one value, two owners"
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
