//! **Q14 · Closures and `Fn`, `FnMut`, `FnOnce`.** A closure is an anonymous function that captures
//! variables from its scope; which of the three traits it implements depends on what its body does with
//! the captures: only reads (`Fn`), mutates (`FnMut`) or gives one away (`FnOnce`, callable once).
//!
//! - Every closure is `FnOnce`; if it does not consume it is also `FnMut`, if it does not mutate also `Fn`. Proof: `cargo test -p intermediate --lib closures::tests`
//! - `move` decides *how* variables are captured, not the trait: the guide's printing `move` closure is `Fn`. Proof: `cargo test -p intermediate --lib closures::tests::a_move_closure_that_only_reads_is_fn`
//! - A bound too strict for the closure is E0525; calling an `FnOnce` twice is E0382. Proof: `cargo test -p intermediate --test compile_fail`
//! - Since edition 2021 a closure captures the fields it uses, not the whole struct. Proof: `cargo test -p intermediate --lib closures::tests::a_closure_captures_only_the_field_it_uses`
//!
//! # Run it
//! `cargo run --bin closures`, then `cargo test -p intermediate --lib closures`. The guide's output
//! first; then each closure is handed to an `Fn`, an `FnMut` and an `FnOnce` bound.
//!
//! # Differences from the guide
//! - The guide labels a reading `move` closure "FnOnce": [ERRATA.md, Q14](../../ERRATA.md#q14).
//! - The guide never calls `apply_twice` (a warning); here it is called: [ERRATA.md, Q14](../../ERRATA.md#q14).
//!
//! # More to explore
//! - What compiles is the proof of which traits a closure has ([`call_fn`], [`call_fn_mut`],
//!   [`call_fn_once`]); what does not is in `tests/ui/closures/` (E0525, E0382). The lines of the output
//!   that say "does not compile" only point to those cases.
//! - `reads` is passed *by value* to three functions: a closure that captures only shared references is
//!   `Copy` (test `a_closure_of_shared_borrows_is_copy`). A `move` closure owning a `String` is not, so
//!   it is passed as `&greet`: `&F` is `Fn` whenever `F` is, and `&mut F` is `FnMut` (`call_fn_mut(&mut appends)`).
//! - In edition 2018 the disjoint-capture test is E0502: the closure borrowed all of `point`.
//!
//! # Follow-up
//! "When would you use the `move` keyword with closures? How does it interact with threads?":
//! [`follow_up`], `cargo run --bin move_closures`.

pub mod follow_up;

pub fn main() {
    // Fn — read-only capture
    let multiplier = 3;
    let triple = |x: i32| x * multiplier; // captures &multiplier
    println!("{}, {}", triple(5), triple(10)); // 15, 30 (callable multiple times)

    // FnMut — mutable capture
    let mut total = 0;
    let mut accumulate = |x: i32| {
        total += x; // captures &mut total
    };
    accumulate(10);
    accumulate(20);
    println!("Total: {}", total); // 30

    // `move` captures `name` by value, but the body only reads it: this closure is Fn, not only FnOnce.
    let name = String::from("Alice");
    let greet = move || {
        println!("Hello, {}!", name);
    };
    greet();
    greet(); // a second call compiles: greet is Fn
    // println!("{}", name); // ❌ E0382 — tests/ui/closures/use_after_move_into_closure.rs

    // Closures as function parameters
    let numbers = [1, 2, 3, 4, 5]; // the guide's `vec!` needs no heap here (clippy::useless_vec)
    let evens: Vec<_> = numbers.iter().filter(|&&x| x % 2 == 0).collect();
    println!("Evens: {:?}", evens); // [2, 4]

    println!("apply_twice(triple, 5) = {}", apply_twice(triple, 5));
    let mut calls = 0;
    let counting_double = |x: i32| {
        calls += 1;
        x * 2
    };
    // apply_twice(counting_double, 5) // ❌ E0525 — tests/ui/closures/apply_twice_with_fn_mut.rs
    println!(
        "apply_twice_mut(counting_double, 5) = {} after {} calls",
        apply_twice_mut(counting_double, 5),
        calls
    );

    println!("-- which bounds accept which closure --");
    let label = String::from("read-only");
    let reads = || label.clone();
    println!("reads:  Fn -> {}", call_fn(reads));
    println!("reads:  FnMut -> {}", call_fn_mut(reads));
    println!("reads:  FnOnce -> {}", call_fn_once(reads));

    let mut log = String::new();
    let mut appends = || {
        log.push('+');
        log.clone()
    };
    // call_fn(appends) // ❌ E0525 — tests/ui/closures/fn_mut_closure_where_fn_expected.rs
    // `&mut F` is itself `FnMut`, so the closure can be lent and used again afterwards.
    println!("appends: FnMut -> {}", call_fn_mut(&mut appends));
    println!("appends: FnOnce -> {}", call_fn_once(appends));
    println!(
        "appends: Fn does not compile (tests/ui/closures/fn_mut_closure_where_fn_expected.rs); log is now {log:?}"
    );

    let owned = String::from("moved out");
    let hand_over = move || owned; // returns the captured String: consumes it
    // call_fn_mut(hand_over) // ❌ E0525 — tests/ui/closures/fn_once_closure_where_fn_mut_expected.rs
    println!("hand_over: FnOnce -> {}", call_fn_once(hand_over));
    println!(
        "hand_over: FnMut does not compile (tests/ui/closures/fn_once_closure_where_fn_mut_expected.rs), nor a second call (call_fn_once_twice.rs)"
    );

    let name = String::from("Alice");
    let greet = move || format!("Hello, {name}!");
    println!("greet (move, reads only): Fn -> {}", call_fn(greet));
}

/// Accepts only closures that can be called through a shared reference.
pub fn call_fn<F: Fn() -> String>(f: F) -> String {
    f()
}

/// Accepts closures that need `&mut` access to what they captured (and, therefore, `Fn` ones too).
pub fn call_fn_mut<F: FnMut() -> String>(mut f: F) -> String {
    f()
}

/// Accepts every closure: it is called at most once.
pub fn call_fn_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

/// The guide's `apply_twice`: `Fn`, because it calls `f` twice through a shared reference.
pub fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

/// The same for closures that keep state between calls: `FnMut`.
pub fn apply_twice_mut<F: FnMut(i32) -> i32>(mut f: F, x: i32) -> i32 {
    let once = f(x);
    f(once)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apply_twice_applies_twice() {
        let multiplier = 3;
        assert_eq!(apply_twice(|x| x * multiplier, 5), 45);
        assert_eq!(apply_twice(|x| x + 1, 0), 2);
    }

    #[test]
    fn an_fn_mut_closure_keeps_state_between_calls() {
        let mut calls = 0;
        let result = apply_twice_mut(
            |x| {
                calls += 1;
                x * 2
            },
            5,
        );
        assert_eq!((result, calls), (20, 2));
    }

    #[test]
    fn a_read_only_closure_fits_every_bound() {
        let s = String::from("x");
        let reads = || s.clone();
        assert_eq!(call_fn(reads), "x");
        assert_eq!(call_fn_mut(reads), "x");
        assert_eq!(call_fn_once(reads), "x");
    }

    #[test]
    fn a_closure_of_shared_borrows_is_copy() {
        fn copy_of<T: Copy>(value: &T) -> T {
            *value
        }
        let label = String::from("x");
        let reads = || label.len();
        let twin = copy_of(&reads);
        assert_eq!((reads(), twin()), (1, 1));
    }

    #[test]
    fn a_closure_captures_only_the_field_it_uses() {
        struct Point {
            x: i32,
            y: i32,
        }
        let mut point = Point { x: 1, y: 2 };
        let y = &point.y; // a shared borrow of one field...
        let mut shift_x = || point.x += *y; // ...while the closure mutably borrows another
        shift_x();
        shift_x();
        assert_eq!((point.x, *y), (5, 2));
    }

    #[test]
    fn a_move_closure_that_only_reads_is_fn() {
        let name = String::from("Alice");
        let greet = move || format!("Hello, {name}!");
        assert_eq!(call_fn(&greet), "Hello, Alice!");
        assert_eq!(call_fn(&greet), "Hello, Alice!"); // twice: not consumed
    }

    #[test]
    fn a_consuming_closure_is_only_fn_once() {
        let owned = String::from("gone");
        let hand_over = move || owned;
        assert_eq!(call_fn_once(hand_over), "gone");
    }
}
