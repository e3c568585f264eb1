//! **Q2 follow-up · `mut` vs shadowing.** Use `mut` to change a value in place (same variable, same type);
//! use shadowing to give a name a new value, possibly of a new type, while each version stays immutable.
//!
//! - `mut` for accumulators, counters and buffers filled in a loop; a `let` inside the loop body would
//!   make a new variable each iteration. Proof: `cargo test -p basics --lib mutability_shadowing::follow_up::tests::mut_accumulates`
//! - Shadowing for transformation steps (`let input = input.parse()?`), and to freeze: after `let v = v;`
//!   changing `v` is E0596. Proof: `cargo test -p basics --test compile_fail`
//! - A shadow inside a block ends with the block; a mutation inside a block does not. Proof: `cargo test -p basics --lib mutability_shadowing::follow_up::tests::a_shadow_ends_with_its_block_but_a_mutation_does_not`
//! - Shadowing does not drop the old value: it lives, hidden, to the end of the scope, and borrows of it
//!   stay valid (mind large buffers and lock guards). Proof: `cargo test -p basics --lib mutability_shadowing::follow_up::tests::a_shadowed_value_lives_until_the_end_of_the_scope`
//!
//! # Run it
//! `cargo run --bin mut_vs_shadowing`: an accumulator, a transformation by shadowing, and the two block
//! cases side by side.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - `tests/ui/mutability_shadowing/frozen_after_shadowing.rs` is the E0596 case.
//! - To release a shadowed value early, `drop(old)` it before shadowing, or end a block.

pub fn main() {
    println!(
        "mut accumulator: total = {}",
        total_with_mut(&[100, 250, 50])
    );
    println!(
        "shadowing changes type step by step: {:?}",
        normalised_tags("Rust, rust ,Go,  GO,c++")
    );
    let (inner, outer) = shadow_in_block();
    println!("shadow in a block: inside = {inner}, after the block = {outer}");
    println!("mut in a block:    after the block = {}", mut_in_block());
}

/// Compare with [`shadow_in_block`]: mutation inside a block *does* change the outer variable.
pub fn mut_in_block() -> i32 {
    let mut level = 1;
    {
        level += 1;
    }
    level
}

/// `mut` for an accumulator: one variable updated in place.
pub fn total_with_mut(amounts: &[u32]) -> u32 {
    let mut total = 0;
    for amount in amounts {
        total += amount;
    }
    total
}

/// Shadowing to change type step by step: an iterator of `&str`, then a `Vec<String>` built with `mut`.
pub fn normalised_tags(raw: &str) -> Vec<String> {
    let tags = raw.split(','); // an iterator of &str
    let mut tags: Vec<String> = tags.map(|t| t.trim().to_lowercase()).collect();
    tags.sort();
    tags.dedup();
    tags
}

/// The trap: a shadow inside a block disappears at the end of the block.
pub fn shadow_in_block() -> (i32, i32) {
    let level = 1;
    let inner = {
        let level = level + 1; // a new `level`, visible only inside this block
        level
    };
    (inner, level) // the outer `level` is still 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mut_accumulates() {
        assert_eq!(total_with_mut(&[100, 250, 50]), 400);
        assert_eq!(total_with_mut(&[]), 0);
    }

    #[test]
    fn shadowing_transforms_and_freezes() {
        assert_eq!(
            normalised_tags("Rust, rust ,Go,  GO,c++"),
            ["c++", "go", "rust"]
        );
    }

    #[test]
    fn a_shadowed_value_lives_until_the_end_of_the_scope() {
        use std::cell::RefCell;
        use std::rc::Rc;
        struct Noisy(&'static str, Rc<RefCell<Vec<&'static str>>>);
        impl Drop for Noisy {
            fn drop(&mut self) {
                self.1.borrow_mut().push(self.0);
            }
        }
        let log = Rc::default();
        {
            let guard = Noisy("first", Rc::clone(&log));
            let first_name = &guard.0; // a borrow of the first `guard`
            let guard = Noisy("second", Rc::clone(&log)); // shadows; the first is not dropped
            assert!(log.borrow().is_empty(), "nothing dropped by shadowing");
            assert_eq!(
                (*first_name, guard.0),
                ("first", "second"),
                "the borrow is still valid"
            );
        } // both dropped here, the newest first
        assert_eq!(*log.borrow(), ["second", "first"]);
    }

    #[test]
    fn a_shadow_ends_with_its_block_but_a_mutation_does_not() {
        assert_eq!(shadow_in_block(), (2, 1));
        assert_eq!(mut_in_block(), 2);
    }
}
