//! Q19 — `Box`, `Rc` and `Arc`: one owner on the heap, shared ownership in one thread, shared ownership
//! across threads.
//!
//! Run `cargo run --bin smart_pointers`. What to notice:
//! - The `Rc` strong count goes 1 → 3 as the two services clone it, and back down as they are dropped;
//!   the string is freed only when the last owner goes.
//! - The three threads each sum the same vector through their own `Arc` clone. The guide prints from
//!   inside the threads, so the three lines come out in whatever order the threads finish; here each
//!   thread returns its sum and the main thread prints them in spawn order, so the output is the same
//!   on every run.
//! - The guide's figure for sharing a 2 KB config among 64 threads with `Arc` instead of cloning it is
//!   measured with `basics::alloc_counter`. Giving each of 64 workers its own [`Config`] clone makes
//!   **128 allocations, 131,072 bytes**; putting it in an `Arc` once makes **1 allocation of 64 bytes**
//!   (the two reference counts + the `Config`'s three-word headers; the 2 KB of heap data is not
//!   copied), and the 64 `Arc::clone`s make **0 allocations** — each is an atomic increment, and an
//!   `Arc<Config>` is **8 bytes**. The guide's "126KB saved" is 63 × 2 KB (one worker keeps the
//!   original); measured here it is 131,008 bytes for 64 clones. Reproduce with
//!   `cargo test -p intermediate --lib smart_pointers` (asserted exactly) or this binary.
//!
//! The two mistakes are compile-fail cases: `Rc` sent to another thread
//! (`tests/ui/smart_pointers/rc_across_threads.rs`, E0277: `Rc<..>` cannot be sent between threads
//! safely) and a recursive type without a `Box` (`tests/ui/smart_pointers/recursive_type_without_box.rs`,
//! E0072: recursive type has infinite size).
//!
//! Follow-up (interior mutability, `RefCell` and `Mutex`): [`follow_up`],
//! `cargo run --bin refcell_and_mutex`.

use std::rc::Rc;
use std::sync::Arc;
use std::thread;

use basics::alloc_counter::{AllocStats, count_allocations};

pub mod follow_up;

/// Box — required for recursive types: a `List` holds a pointer to the next `List`, not the `List`
/// itself, so its size is known.
#[derive(Debug)]
pub enum List {
    Cons(i32, Box<List>),
    Nil,
}
// enum List { Cons(i32, List), Nil } // ❌ E0072 — tests/ui/smart_pointers/recursive_type_without_box.rs

pub fn main() {
    // Box — heap allocation, single owner
    let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    println!("{:?}", list);

    // Rc — shared ownership, single-threaded
    let config = Rc::new(String::from("production"));
    println!("Refs after Rc::new: {}", Rc::strong_count(&config)); // 1
    let service_a = Rc::clone(&config); // count: 2
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rc_counts_owners() {
        let config = Rc::new(String::from("production"));
        let a = Rc::clone(&config);
        let b = Rc::clone(&config);
        assert_eq!(Rc::strong_count(&config), 3);
        drop((a, b));
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
