//! **Q19 · `Box`, `Rc` and `Arc`.** `Box<T>` is one owner of a value on the heap, `Rc<T>` shared
//! ownership within one thread (a plain reference count), `Arc<T>` shared ownership across threads (an
//! atomic count); the value is freed when the last owner goes.
//!
//! - A recursive type needs `Box`: `enum List { Cons(i32, List), Nil }` has infinite size (E0072). Proof: `cargo test -p intermediate --test compile_fail`
//! - `Rc::clone` only bumps a count (1, 2, 3, back to 1); the value dies with the last owner. Proof: `cargo test -p intermediate --lib smart_pointers::tests::rc_counts_owners`
//! - `Rc` cannot cross threads (E0277, not `Send`); `Arc` can, and 64 `Arc::clone`s allocate nothing. Proof: `cargo test -p intermediate --lib smart_pointers::tests::arc_shares_instead_of_copying`
//! - `Arc<T>` is `Send` only if `T: Send + Sync`: `Arc<RefCell<T>>` is refused, `Arc<Mutex<T>>` accepted. Proof: `cargo test -p intermediate --test compile_fail`
//!
//! # Run it
//! `cargo run --bin smart_pointers`, then `cargo test -p intermediate --lib smart_pointers`. The list, the
//! `Rc` counts, three thread sums in spawn order, and the cost of sharing a 2 KB config with 64 workers.
//!
//! # Differences from the guide
//! - The threads return their sums and `main` prints them in spawn order: [ERRATA.md, Q19](../../ERRATA.md#q19).
//!
//! # More to explore
//! - The 64-worker figures (clones vs one `Arc`) are allocation counts asserted by
//!   `arc_shares_instead_of_copying`, and CLAIMS.md row 13: the guide's "126 KB" is 63 clones of 2 KB.
//! - [`Weak`](std::rc::Weak) does not keep the value alive (parent links, caches, breaking `Rc` cycles);
//!   `Rc::make_mut` clones the value only while it is shared, clone-on-write (tests
//!   `a_weak_reference_does_not_keep_the_value_alive`, `make_mut_clones_only_when_shared`).
//! - Why `Arc<T>` needs `T: Sync`: every clone hands out `&T` on another thread. Q26 has the whole
//!   `Send`/`Sync` story.
//!
//! # Follow-up
//! "What is interior mutability? How do `RefCell` and `Mutex` provide mutation through shared
//! references?": [`follow_up`], `cargo run --bin refcell_and_mutex`.

use std::rc::Rc;
use std::sync::Arc;
use std::thread;

use basics::alloc_counter::{AllocStats, count_allocations};

pub mod follow_up;

pub fn main() {
    // Box — heap allocation, single owner
    let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    println!("{:?}", list);

    // Rc — shared ownership, single-threaded
    let config = Rc::new(String::from("production"));
    println!("Refs after Rc::new: {}", Rc::strong_count(&config)); // 1
    let service_a = Rc::clone(&config); // count: 2
    println!("Refs after the first clone: {}", Rc::strong_count(&config)); // 2
    let service_b = Rc::clone(&config); // count: 3
    println!("Refs: {}", Rc::strong_count(&config)); // 3
    println!("A uses: {}, B uses: {}", service_a, service_b);
    drop(service_b);
    println!("Refs after B is dropped: {}", Rc::strong_count(&config)); // 2
    drop(service_a);
    println!("Refs after A is dropped: {}", Rc::strong_count(&config)); // 1

    // Arc — shared ownership, multi-threaded
    for (i, sum) in sum_in_threads(3).iter().enumerate() {
        println!("Thread {}: sum = {}", i, sum);
    }
    // thread::spawn(move || config.len()); // ❌ E0277 — tests/ui/smart_pointers/rc_across_threads.rs
    // an Arc<RefCell<..>> is refused too         // ❌ E0277 — tests/ui/smart_pointers/arc_refcell_across_threads.rs

    println!("--- 64 workers sharing a 2 KB Config ---");
    let sharing = measure_config_sharing(WORKERS);
    println!(
        "each worker clones the Config: {} allocations, {} bytes",
        sharing.clones.allocations, sharing.clones.bytes
    );
    println!(
        "Arc::new once:                 {} allocation, {} bytes",
        sharing.arc_new.allocations, sharing.arc_new.bytes
    );
    println!(
        "64 x Arc::clone:               {} allocations, {} bytes (an Arc is {} bytes)",
        sharing.arc_clones.allocations,
        sharing.arc_clones.bytes,
        std::mem::size_of::<Arc<Config>>()
    );
    println!(
        "saved: {} bytes",
        sharing.clones.bytes - sharing.arc_new.bytes - sharing.arc_clones.bytes
    );
}

/// Box — required for recursive types: a `List` holds a pointer to the next `List`, not the `List`
/// itself, so its size is known.
#[derive(Debug)]
pub enum List {
    Cons(i32, Box<List>),
    Nil,
}
// enum List { Cons(i32, List), Nil } // ❌ E0072 — tests/ui/smart_pointers/recursive_type_without_box.rs

/// Spawns `threads` threads that each sum the same vector through their own `Arc` clone, and returns
/// their results in spawn order.
pub fn sum_in_threads(threads: usize) -> Vec<i32> {
    let shared_data = Arc::new(vec![1, 2, 3, 4, 5]);
    let mut handles = vec![];
    for _ in 0..threads {
        let data = Arc::clone(&shared_data); // cheap atomic increment
        handles.push(thread::spawn(move || data.iter().sum::<i32>()));
    }
    handles
        .into_iter()
        .map(|h| h.join().expect("summing thread panicked"))
        .collect()
}

/// How many workers the guide's web server shares its configuration with.
pub const WORKERS: usize = 64;

/// A 2 KB configuration: 10 bytes of environment name plus 2,038 bytes of settings (2,048 in total).
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub environment: String,
    pub settings: Vec<u8>,
}

impl Config {
    pub fn load() -> Self {
        Config {
            environment: "production".to_string(),
            settings: vec![b'x'; 2_038],
        }
    }
}

/// Allocations for giving `workers` workers the configuration, three ways.
#[derive(Debug, PartialEq, Eq)]
pub struct Sharing {
    /// A full `Config` clone per worker.
    pub clones: AllocStats,
    /// `Arc::new(config)`: moves the config into one shared allocation.
    pub arc_new: AllocStats,
    /// One `Arc::clone` per worker.
    pub arc_clones: AllocStats,
}

/// Measures [`Sharing`] with the counting allocator (the caller's binary must install it).
pub fn measure_config_sharing(workers: usize) -> Sharing {
    let config = Config::load();

    let mut per_worker: Vec<Config> = Vec::with_capacity(workers); // outside the measurement
    let ((), clones) = count_allocations(|| {
        for _ in 0..workers {
            per_worker.push(config.clone());
        }
    });

    let (shared, arc_new) = count_allocations(|| Arc::new(config));
    let mut handles: Vec<Arc<Config>> = Vec::with_capacity(workers);
    let ((), arc_clones) = count_allocations(|| {
        for _ in 0..workers {
            handles.push(Arc::clone(&shared));
        }
    });
    assert_eq!(Arc::strong_count(&shared), workers + 1);
    assert!(per_worker.iter().all(|c| *c == *shared));

    Sharing {
        clones,
        arc_new,
        arc_clones,
    }
}

// `Arc<T>: Send` needs `T: Send + Sync`; a `Mutex` makes a `Send` value `Sync`.
const _: () = {
    const fn assert_send<T: Send>() {}
    assert_send::<Arc<std::sync::Mutex<i32>>>();
    assert_send::<Arc<String>>();
};

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Weak;

    #[test]
    fn a_weak_reference_does_not_keep_the_value_alive() {
        let config = Rc::new(String::from("production"));
        let weak: Weak<String> = Rc::downgrade(&config);
        assert_eq!(
            weak.upgrade().as_deref().map(String::as_str),
            Some("production")
        );
        assert_eq!((Rc::strong_count(&config), Rc::weak_count(&config)), (1, 1));
        drop(config); // the last strong owner: the String is freed here
        assert!(weak.upgrade().is_none());
    }

    #[test]
    fn make_mut_clones_only_when_shared() {
        let mut mine = Rc::new(vec![1, 2]);
        let before = Rc::as_ptr(&mine);
        Rc::make_mut(&mut mine).push(3); // sole owner: mutated in place
        assert_eq!(Rc::as_ptr(&mine), before);
        let other = Rc::clone(&mine);
        Rc::make_mut(&mut mine).push(4); // shared: `mine` gets its own copy first
        assert_ne!(Rc::as_ptr(&mine), Rc::as_ptr(&other));
        assert_eq!((*mine).clone(), [1, 2, 3, 4]);
        assert_eq!(*other, [1, 2, 3]);
    }

    #[test]
    fn rc_counts_owners() {
        let config = Rc::new(String::from("production"));
        let a = Rc::clone(&config);
        let b = Rc::clone(&config);
        assert_eq!(Rc::strong_count(&config), 3);
        drop(b);
        assert_eq!(Rc::strong_count(&config), 2);
        drop(a);
        assert_eq!(Rc::strong_count(&config), 1);
    }

    #[test]
    fn every_thread_sees_the_same_data() {
        assert_eq!(sum_in_threads(3), [15, 15, 15]);
    }

    #[test]
    fn config_is_2_kb() {
        let c = Config::load();
        assert_eq!(c.environment.len() + c.settings.len(), 2_048);
    }

    #[test]
    fn arc_shares_instead_of_copying() {
        assert_eq!(
            measure_config_sharing(WORKERS),
            Sharing {
                clones: AllocStats {
                    allocations: 128,
                    bytes: 131_072
                },
                arc_new: AllocStats {
                    allocations: 1,
                    bytes: 64
                },
                arc_clones: AllocStats {
                    allocations: 0,
                    bytes: 0
                },
            }
        );
        assert_eq!(std::mem::size_of::<Arc<Config>>(), 8);
    }

    #[test]
    fn list_is_printed_like_the_guide() {
        let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
        assert_eq!(format!("{list:?}"), "Cons(1, Cons(2, Nil))");
    }
}
