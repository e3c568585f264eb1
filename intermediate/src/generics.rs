//! **Q12 · Generics and trait bounds.** A generic function is written once for many types, and its
//! bounds (`T: PartialOrd`) state exactly what the body may do with a `T`; each use is compiled for its
//! concrete type, so there is no runtime cost.
//!
//! - Without a bound a `T` can do nothing: `>` is E0369, `.to_string()` is E0599. Proof: `cargo test -p intermediate --test compile_fail`
//! - Ask for the least the body needs: `largest` only `PartialOrd`, the cache only `K: Eq`. Proof: `cargo test -p intermediate --lib generics::tests`
//! - Return `Option<&T>`: the guide's `list[0]` panics on an empty slice. Proof: `cargo test -p intermediate --lib generics::tests::guide_largest_panics_on_an_empty_slice`
//! - `PartialOrd` is not a total order: with a NaN, `largest` depends on the order of the input. Proof: `cargo test -p intermediate --lib generics::tests::with_nan_the_answer_depends_on_the_order`
//!
//! # Run it
//! `cargo run --bin generics`, then `cargo test -p intermediate --lib generics`. The guide's two lines
//! come first; then the empty slice, and the cache's re-insert and eviction.
//!
//! # Differences from the guide
//! - `largest` returns `Option<&T>` instead of panicking: [ERRATA.md, Q12](../../ERRATA.md#q12).
//! - `Cache::insert` replaces an existing key and survives `max_size` 0: [ERRATA.md, Q12](../../ERRATA.md#q12).
//! - The bounds are only those the code uses: [ERRATA.md, Q12](../../ERRATA.md#q12).
//!
//! # More to explore
//! - The guide's `insert` always pushes: a re-inserted key is stored twice, `get` keeps finding the stale
//!   first entry and the duplicate evicts an unrelated one (`guide_insert` in the tests).
//! - `where` clauses and `impl Trait` arguments are the same bounds in other syntax; bounds on an `impl`
//!   block ([`Cache::keys`]) apply only to its methods.
//! - Total orders: `Ord` (integers, `str`), or `f64::total_cmp` for floats (Q16).
//!
//! # Follow-up
//! "What is monomorphization and how does it affect binary size?": [`follow_up`],
//! `cargo run --bin monomorphization`.

use std::fmt::Display;

pub mod follow_up;

pub fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    match largest(&numbers) {
        Some(max) => println!("Largest: {}", max), // 100
        None => println!("Largest: (empty list)"),
    }

    let mut cache = Cache::new(3);
    cache.insert("user:1", "Alice");
    cache.insert("user:2", "Bob");
    println!("Found: {:?}", cache.get(&"user:1")); // Some("Alice")

    // What the guide's version gets wrong.
    let empty: [f64; 0] = [];
    println!("largest of an empty list: {:?}", largest(&empty));
    println!(
        "largest of words: {:?}",
        largest(&["pear", "apple", "zucchini"])
    );

    let previous = cache.insert("user:1", "Alicia");
    println!(
        "re-insert user:1 -> replaced {:?}, now {:?}, {} entries",
        previous,
        cache.get(&"user:1"),
        cache.len()
    );
    cache.insert("user:3", "Carol");
    cache.insert("user:4", "Dave"); // full: evicts the oldest, user:1
    println!("after two more inserts: [{}]", cache.keys());
    println!("user:1 evicted: {:?}", cache.get(&"user:1"));
}

/// The largest element, or `None` for an empty slice (the guide's version panics there).
///
/// Only `PartialOrd` is needed: the guide's `Display` bound is for printing, which the caller does.
pub fn largest<T: PartialOrd>(list: &[T]) -> Option<&T> {
    let mut items = list.iter();
    let mut max = items.next()?;
    for item in items {
        if item > max {
            max = item;
        }
    }
    Some(max)
}

/// A small cache that keeps at most `max_size` entries and evicts the oldest when full.
pub struct Cache<K, V> {
    entries: Vec<(K, V)>,
    max_size: usize,
}

impl<K, V> Cache<K, V>
where
    K: Eq,
{
    pub fn new(max_size: usize) -> Self {
        Self {
            entries: Vec::new(),
            max_size,
        }
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Inserts or replaces. Returns the previous value of `key`, like `HashMap::insert`.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        if let Some((_, old)) = self.entries.iter_mut().find(|(k, _)| *k == key) {
            // The guide pushes a second `(key, value)` here; `get` would then keep finding the old one.
            return Some(std::mem::replace(old, value));
        }
        if self.max_size == 0 {
            return None; // nothing fits; the guide's `remove(0)` would panic on the empty vector
        }
        if self.entries.len() >= self.max_size {
            self.entries.remove(0); // evict oldest
        }
        self.entries.push((key, value));
        None
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<K, V> Cache<K, V>
where
    K: Eq + Display,
{
    /// The keys, oldest first: the one place where `K: Display` is needed.
    pub fn keys(&self) -> String {
        let keys: Vec<String> = self.entries.iter().map(|(k, _)| k.to_string()).collect();
        keys.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn largest_finds_the_maximum() {
        assert_eq!(largest(&[34, 50, 25, 100, 65]), Some(&100));
        assert_eq!(largest(&[1.5, -2.0]), Some(&1.5));
        assert_eq!(largest(&["b", "a"]), Some(&"b"));
    }

    #[test]
    fn with_nan_the_answer_depends_on_the_order() {
        // `NaN > x` and `x > NaN` are both false, so whichever comes first stays the maximum.
        assert!(largest(&[f64::NAN, 1.0]).unwrap().is_nan());
        assert_eq!(largest(&[1.0, f64::NAN]), Some(&1.0));
    }

    #[test]
    fn largest_of_nothing_is_none() {
        let empty: [i32; 0] = [];
        assert_eq!(largest(&empty), None);
    }

    /// The guide's `largest`, kept only to show its failure mode.
    ///
    /// Flaw: panics. Proof: `cargo test -p intermediate --lib generics::tests::guide_largest_panics_on_an_empty_slice`
    fn guide_largest<T: PartialOrd>(list: &[T]) -> &T {
        let mut max = &list[0];
        for item in &list[1..] {
            if item > max {
                max = item;
            }
        }
        max
    }

    #[test]
    #[should_panic(expected = "index out of bounds: the len is 0 but the index is 0")]
    fn guide_largest_panics_on_an_empty_slice() {
        let empty: [i32; 0] = [];
        guide_largest(&empty);
    }

    #[test]
    fn reinserting_a_key_replaces_its_value() {
        let mut cache = Cache::new(3);
        assert_eq!(cache.insert("user:1", "Alice"), None);
        assert_eq!(cache.insert("user:1", "Alicia"), Some("Alice"));
        assert_eq!(cache.get(&"user:1"), Some(&"Alicia"));
        assert_eq!(cache.len(), 1);
    }

    /// The guide's `insert`, kept only to show its failure modes: evict if full, then always push.
    ///
    /// Flaw: wrong result. Proof: `cargo test -p intermediate --lib generics::tests::the_guides_insert_returns_the_stale_value`
    fn guide_insert<K, V>(entries: &mut Vec<(K, V)>, max_size: usize, key: K, value: V) {
        if entries.len() >= max_size {
            entries.remove(0);
        }
        entries.push((key, value));
    }

    #[test]
    fn the_guides_insert_returns_the_stale_value() {
        let mut entries = Vec::new();
        guide_insert(&mut entries, 3, "user:1", "Alice");
        guide_insert(&mut entries, 3, "user:1", "Alicia");
        let found = entries
            .iter()
            .find(|(k, _)| *k == "user:1")
            .map(|(_, v)| *v);
        assert_eq!(
            found,
            Some("Alice"),
            "the guide's cache returns the old value"
        );
        assert_eq!(entries.len(), 2, "and stores the key twice");
    }

    #[test]
    fn the_oldest_entry_is_evicted_when_full() {
        let mut cache = Cache::new(2);
        cache.insert(1, 'a');
        cache.insert(2, 'b');
        cache.insert(1, 'A'); // a replacement does not evict
        assert_eq!(cache.keys(), "1, 2");
        cache.insert(3, 'c');
        assert_eq!(cache.keys(), "2, 3");
        assert_eq!(cache.get(&1), None);
    }

    #[test]
    #[should_panic(expected = "removal index (is 0) should be < len (is 0)")]
    fn the_guides_insert_panics_with_max_size_0() {
        let mut entries: Vec<(&str, i32)> = Vec::new();
        guide_insert(&mut entries, 0, "k", 1);
    }

    #[test]
    fn a_zero_sized_cache_stores_nothing_and_does_not_panic() {
        let mut cache = Cache::new(0);
        assert_eq!(cache.insert("k", 1), None);
        assert!(cache.is_empty());
        assert_eq!(cache.get(&"k"), None);
    }
}
