//! Q14 — Closures and the three closure traits: `Fn` (callable through `&self`: only reads what it
//! captured), `FnMut` (through `&mut self`: mutates it), `FnOnce` (through `self`: may consume it, so
//! callable once). Every closure is `FnOnce`; one that does not consume is also `FnMut`; one that
//! does not mutate either is also `Fn`.
//!
//! Run `cargo run --bin closures`. The first lines are the guide's output (`15, 30`, `Total: 30`,
//! `Hello, Alice!`, `Evens: [2, 4]`). Then each closure is handed to three functions bounded by `Fn`,
//! `FnMut` and `FnOnce` ([`call_fn`], [`call_fn_mut`], [`call_fn_once`]): what compiles is the proof of
//! which traits it implements; what does not is in `tests/ui/closures/` (E0525).
//!
//! Where this differs from the guide: its "FnOnce — moves captured value" example, `move || println!(
//! "Hello, {}!", name)`, is **not** `FnOnce`-only. `move` decides *how* `name` is captured (by value);
//! the traits depend on what the body *does* with it, and printing only reads it, so the closure is
//! `Fn` — the guide's own comment admits as much. Here it is called twice and passed to an `Fn` bound,
//! and a genuinely `FnOnce` closure ([`main`]'s `hand_over`, which returns the captured `String`) is
//! shown next to it: calling it a second time is E0382 (`tests/ui/closures/call_fn_once_twice.rs`).
//! The guide's ❌ `println!("{}", name)` after the move is E0382 as well
//! (`tests/ui/closures/use_after_move_into_closure.rs`).
//!
//! Follow-up (`move` and threads): [`follow_up`], `cargo run --bin move_closures`.

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
    println!("appends: FnMut -> {}", call_fn_mut(&mut appends));
    println!("appends: FnOnce -> {}", call_fn_once(appends));
    println!("appends: Fn rejected (E0525); log is now {log:?}");

    let owned = String::from("moved out");
    let hand_over = move || owned; // returns the captured String: consumes it
    // call_fn_mut(hand_over) // ❌ E0525 — tests/ui/closures/fn_once_closure_where_fn_mut_expected.rs
    println!("hand_over: FnOnce -> {}", call_fn_once(hand_over));
    println!("hand_over: Fn and FnMut rejected (E0525), second call rejected (E0382)");

    let name = String::from("Alice");
    let greet = move || format!("Hello, {name}!");
    println!("greet (move, reads only): Fn -> {}", call_fn(greet));
}

/// Follow-up: when would you use `move` with closures, and how does it interact with threads?
///
/// Use `move` when the closure must not borrow from the current stack frame because it may run after
/// the frame is gone: a closure given to `std::thread::spawn` (which requires `'static`), a closure
/// returned from a function, a callback stored in a struct or a task. Without `move`, a closure that
/// only reads a local captures it by reference, and the compiler refuses to let that reference escape:
/// E0373 "closure may outlive the current function" (`tests/ui/closures/spawn_without_move.rs`,
/// `tests/ui/closures/return_closure_without_move.rs`).
///
/// With `move`, each thread owns its data: a `Copy` value (`i32`) is copied in and still usable
/// outside; a `String` or `Vec` is moved in and gone from the caller (clone it first, or share an `Arc`
/// whose clone is moved in). What the binary (`cargo run --bin move_closures`) prints is deterministic:
/// the threads return their results, and the main thread joins them in spawn order and prints. Scoped
/// threads (`std::thread::scope`) are the alternative when threads only need to borrow: the scope
/// guarantees they finish before the borrowed data is dropped, so no `move` is needed.
pub mod follow_up {
    use std::sync::Arc;
    use std::thread;

    /// A returned closure must own what it captures: `n` is moved (copied) into it.
    pub fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
        move |x| x + n
    }

    /// Spawns one thread per name, each owning its `String`; joins in spawn order.
    pub fn greet_all(names: Vec<String>) -> Vec<String> {
        let handles: Vec<_> = names
            .into_iter()
            .enumerate()
            .map(|(i, name)| thread::spawn(move || format!("worker {i} greets {name}")))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("worker thread panicked"))
            .collect()
    }

    /// Threads share read-only data through an `Arc`: each `move` closure owns one clone of the `Arc`.
    /// Returns each thread's partial sum and the strong count after all threads finished.
    pub fn shared_sums(data: Vec<u64>, threads: usize) -> (Vec<u64>, usize) {
        let data = Arc::new(data);
        let chunk = data.len().div_ceil(threads.max(1)).max(1);
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let data = Arc::clone(&data); // moved into the closure below
                thread::spawn(move || data.iter().skip(t * chunk).take(chunk).sum::<u64>())
            })
            .collect();
        let sums = handles
            .into_iter()
            .map(|h| h.join().expect("worker thread panicked"))
            .collect();
        (sums, Arc::strong_count(&data))
    }

    /// Scoped threads may borrow: no `move`, no `Arc`, the scope joins them before returning.
    pub fn scoped_lengths(words: &[String]) -> Vec<usize> {
        thread::scope(|s| {
            let handles: Vec<_> = words.iter().map(|w| s.spawn(|| w.len())).collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        })
    }

    pub fn main() {
        let add_five = make_adder(5);
        println!("make_adder(5)(10) = {}", add_five(10));

        // `move` of a Copy value copies it: `limit` is still usable here.
        let limit = 3;
        let handle = thread::spawn(move || limit * 2);
        println!(
            "copied into the thread: {} (limit still {limit})",
            handle.join().unwrap()
        );

        // `move` of a String moves it; clone first if the caller still needs it.
        let owner = String::from("Alice");
        let for_thread = owner.clone();
        let handle = thread::spawn(move || format!("thread owns {for_thread}"));
        println!("{} (caller still has {owner})", handle.join().unwrap());
        // thread::spawn(|| println!("{owner}")); // ❌ E0373 — tests/ui/closures/spawn_without_move.rs

        for line in greet_all(vec!["Ada".into(), "Grace".into(), "Linus".into()]) {
            println!("{line}");
        }

        let (sums, count) = shared_sums((1..=100).collect(), 4);
        println!("partial sums {sums:?}, total {}", sums.iter().sum::<u64>());
        println!("Arc strong count after the threads ended: {count}");

        let words = vec![
            "scoped".to_string(),
            "threads".to_string(),
            "borrow".to_string(),
        ];
        println!(
            "scoped threads borrowed {words:?}: lengths {:?}",
            scoped_lengths(&words)
        );
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn threads_are_joined_in_spawn_order() {
            let out = greet_all(vec!["a".into(), "b".into()]);
            assert_eq!(out, ["worker 0 greets a", "worker 1 greets b"]);
        }

        #[test]
        fn every_arc_clone_is_dropped_with_its_thread() {
            let (sums, count) = shared_sums((1..=100).collect(), 4);
            assert_eq!(sums, [325, 950, 1575, 2200]);
            assert_eq!(count, 1);
            let (sums, _) = shared_sums(Vec::new(), 0);
            assert!(sums.is_empty());
        }

        #[test]
        fn returned_and_scoped_closures() {
            assert_eq!(make_adder(5)(10), 15);
            assert_eq!(scoped_lengths(&["ab".into(), "".into()]), [2, 0]);
        }
    }
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
