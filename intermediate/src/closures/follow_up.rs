//! **Q14 follow-up · `move` closures and threads.** Use `move` when the closure may run after the
//! current stack frame is gone (a thread, a returned closure, a stored callback): it then owns its
//! captures instead of borrowing them.
//!
//! - `thread::spawn` needs a `'static` closure: borrowing a local is E0373 "closure may outlive the current function", and so is returning a borrowing closure. Proof: `cargo test -p intermediate --test compile_fail`
//! - `move` copies a `Copy` value (still usable outside) and moves a `String` (gone: clone it first). Proof: `cargo run --bin move_closures`
//! - To share read-only data, move one `Arc` clone into each thread; the count is back to 1 when they end. Proof: `cargo test -p intermediate --lib closures::follow_up::tests::every_arc_clone_is_dropped_with_its_thread`
//! - Threads that only borrow need no `move`: `thread::scope` joins them before the data is dropped. Proof: `cargo test -p intermediate --lib closures::follow_up::tests::returned_and_scoped_closures`
//!
//! # Run it
//! `cargo run --bin move_closures`, then `cargo test -p intermediate --lib closures::follow_up`. The
//! output is deterministic: the threads return their results and the main thread prints them in spawn
//! order.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - A `move` closure's trait still depends on its body: `make_adder`'s closure is `Fn`.
//! - `Arc<T>` is `Send` only if `T: Send + Sync`, which is why `Arc<RefCell<T>>` cannot cross threads
//!   (Q19, Q26).

use std::sync::Arc;
use std::thread;

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
