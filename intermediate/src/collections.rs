//! **Q16 · `Vec`, `HashMap` and `HashSet`.** `Vec` is a growable contiguous array, `HashMap` a hash
//! table of key-value pairs, `HashSet` the keys alone; the entry API updates an entry with one lookup.
//!
//! - `push` is amortised O(1): the buffer doubles (1024 pushes, about 10 allocations); `insert` in the middle shifts the rest. Proof: `cargo test -p intermediate --lib collections::tests::pushes_reallocate_only_log_n_times`
//! - Never rely on a map's order: two `RandomState`s iterate the same keys differently. Proof: `cargo test -p intermediate --lib collections::tests::two_random_states_can_iterate_in_different_orders`
//! - `entry` hashes once, `get_mut` + `insert` twice but only for new keys (14 vs 9 for 9 words); yet `entry` takes its key by value (9 vs 6 `String` allocations). Proof: `cargo test -p intermediate --lib collections::tests`
//! - Sort floats with `f64::total_cmp`: the guide's `partial_cmp().unwrap()` panics on NaN. Proof: `cargo test -p intermediate --lib collections::tests::guide_sort_prices_panics_on_nan`
//!
//! # Run it
//! `cargo run --bin collections`, then `cargo test -p intermediate --lib collections`. The inventory is
//! printed sorted; the raw map order is a wildcard line.
//!
//! # Differences from the guide
//! - `total_cmp` instead of `partial_cmp().unwrap()`: [ERRATA.md, Q16](../../ERRATA.md#q16).
//! - The inventory is printed sorted: [ERRATA.md, Q16](../../ERRATA.md#q16).
//! - "Looks up the key twice" holds only for new keys: [ERRATA.md, Q16](../../ERRATA.md#q16).
//! - The guide's latency gain from a `HashSet` is not what the lookups cost: [ERRATA.md, Q16](../../ERRATA.md#q16).
//!
//! # More to explore
//! - Hashes are counted by a counting [`BuildHasher`] ([`CountingState`]). The 14 are one `get_mut`
//!   hash per word minus the first (a lookup in an empty map hashes nothing), plus one `insert` hash for
//!   each of the 6 new words. `HashMap::entry_ref`, which borrows the key, exists only in `hashbrown`.
//! - Sorted `Vec` + `binary_search` vs `HashSet` for 500 ids: CLAIMS.md row 11
//!   (`cargo bench -p intermediate --bench collections`). With SipHash the set was no faster at this
//!   size; O(1) vs O(log n) says how costs grow, not which is faster at n = 500 (about 9 comparisons
//!   against one SipHash).
//! - std seeds each thread's SipHash keys from the OS once and varies them for every new
//!   `RandomState` (std's `hash/random.rs`), which is why two maps in one process iterate differently.
//!
//! # Follow-up
//! "Why does `HashMap` use SipHash by default? When would you switch to a faster hasher?":
//! [`follow_up`], `cargo run --bin hashers`.
use std::cell::Cell;
use std::collections::hash_map::{DefaultHasher, RandomState};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};
use std::rc::Rc;

pub mod follow_up;

/// The guide's example: a sorted `Vec`, an inventory `HashMap` updated with the entry API, and set
/// operations on two `HashSet`s.
pub fn main() {
    // Vec — growable array
    let mut prices: Vec<f64> = Vec::new();
    prices.push(99.99);
    prices.push(149.50);
    prices.push(29.99);
    sort_prices(&mut prices);
    println!("Sorted: {:?}", prices); // [29.99, 99.99, 149.5]

    // HashMap — key-value store
    let inventory = build_inventory();
    // The guide loops over `&inventory` directly; that order is different on every run, so the lines
    // are sorted first. The raw order is printed on one line so you can see it change between runs.
    println!("Inventory (sorted by item; a HashMap's own order is unspecified):");
    for (item, count) in sorted_entries(&inventory) {
        println!("{}: {} units", item, count);
    }
    let raw_order: Vec<&str> = inventory.keys().copied().collect();
    println!("HashMap order this run: {raw_order:?}");

    // HashSet — unique values + set operations
    let backend: HashSet<&str> = ["Rust", "Go", "Python"].iter().copied().collect();
    let frontend: HashSet<&str> = ["JavaScript", "Rust", "TypeScript"]
        .iter()
        .copied()
        .collect();
    let fullstack: HashSet<_> = backend.intersection(&frontend).collect();
    println!("Fullstack languages: {:?}", fullstack); // {"Rust"}
    let mut backend_only: Vec<_> = backend.difference(&frontend).collect();
    backend_only.sort();
    println!("Backend only (sorted): {backend_only:?}");
    let mut all: Vec<_> = backend.union(&frontend).collect();
    all.sort();
    println!("Any side (sorted): {all:?}");

    println!(
        "--- upsert: hash computations for {:?} ---",
        WORDS.join(" ")
    );
    let get_mut = hashes_to_count(&WORDS, guide_count_with_get_mut_then_insert);
    let entry = hashes_to_count(&WORDS, count_with_entry);
    let distinct = WORDS.iter().collect::<HashSet<_>>().len();
    println!(
        "get_mut + insert: {get_mut} hashes for {} words ({distinct} distinct)",
        WORDS.len()
    );
    println!(
        "entry:            {entry} hashes for {} words ({distinct} distinct)",
        WORDS.len()
    );
    let owned = string_key_allocations();
    println!(
        "with String keys: entry allocates {} times, get_mut + insert {} times",
        owned.entry, owned.get_mut_then_insert
    );
}

/// The guide's comparator, kept only to show its failure.
///
/// Flaw: panics. Proof: `cargo test -p intermediate --lib collections::tests::guide_sort_prices_panics_on_nan`
pub fn guide_sort_prices(prices: &mut [f64]) {
    prices.sort_by(|a, b| a.partial_cmp(b).unwrap());
}

/// Sorts prices ascending. `total_cmp` orders every `f64`, NaN included, so this cannot panic; the
/// guide's `partial_cmp(b).unwrap()` panics on NaN.
pub fn sort_prices(prices: &mut [f64]) {
    prices.sort_by(f64::total_cmp);
}

/// The guide's inventory: two inserts, an overwrite, and two upserts through the entry API.
pub fn build_inventory() -> HashMap<&'static str, u32> {
    let mut inventory: HashMap<&str, u32> = HashMap::new();
    inventory.insert("Laptop", 50);
    inventory.insert("Mouse", 200);
    inventory.insert("Laptop", 48); // overwrites
    inventory.entry("Keyboard").or_insert(100);
    *inventory.entry("Mouse").or_insert(0) += 10; // 200 + 10 = 210
    inventory
}

/// A map's entries in key order: the deterministic way to print or compare a `HashMap`.
pub fn sorted_entries<K: Ord + Copy, V: Copy, S>(map: &HashMap<K, V, S>) -> Vec<(K, V)> {
    let mut entries: Vec<(K, V)> = map.iter().map(|(k, v)| (*k, *v)).collect();
    entries.sort_by_key(|(k, _)| *k);
    entries
}

/// The words counted by the upsert measurement: 9 words, 6 distinct.
pub const WORDS: [&str; 9] = ["the", "cat", "sat", "on", "the", "mat", "the", "cat", "ran"];

/// A [`BuildHasher`] that hashes exactly like the default one but counts how many hashes were
/// computed (each computation ends in one [`Hasher::finish`] call). Clones share the counter.
#[derive(Clone, Default)]
pub struct CountingState {
    inner: RandomState,
    finishes: Rc<Cell<usize>>,
}

impl CountingState {
    /// Hash computations so far by maps using this state (or a clone of it).
    pub fn hashes(&self) -> usize {
        self.finishes.get()
    }
}

/// The hasher built by [`CountingState`]: SipHash plus a shared `finish` counter.
pub struct CountingHasher {
    inner: DefaultHasher,
    finishes: Rc<Cell<usize>>,
}

impl Hasher for CountingHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.inner.write(bytes);
    }

    fn finish(&self) -> u64 {
        self.finishes.set(self.finishes.get() + 1);
        self.inner.finish()
    }
}

impl BuildHasher for CountingState {
    type Hasher = CountingHasher;

    fn build_hasher(&self) -> CountingHasher {
        CountingHasher {
            inner: self.inner.build_hasher(),
            finishes: Rc::clone(&self.finishes),
        }
    }
}

/// The guide's common mistake: look up with `get_mut`, and on a miss look up again with `insert`. The
/// count is right; only new keys are hashed a second time.
///
/// Flaw: fine. Proof: `cargo test -p intermediate --lib collections::tests::guide_get_mut_then_insert_hashes_new_keys_twice`
pub fn guide_count_with_get_mut_then_insert<'a, S: BuildHasher>(
    map: &mut HashMap<&'a str, u32, S>,
    key: &'a str,
) {
    if let Some(count) = map.get_mut(key) {
        *count += 1;
    } else {
        map.insert(key, 1); // hashes the key a second time
    }
}

/// The entry API: one hash computation per call, whether the key is new or not.
pub fn count_with_entry<'a, S: BuildHasher>(map: &mut HashMap<&'a str, u32, S>, key: &'a str) {
    *map.entry(key).or_insert(0) += 1;
}

/// Counts `words` with `upsert` into a map pre-sized for every distinct word (so that no resize
/// rehashes the table in the middle of the measurement) and returns how many hashes were computed.
pub fn hashes_to_count<'a>(
    words: &[&'a str],
    upsert: fn(&mut HashMap<&'a str, u32, CountingState>, &'a str),
) -> usize {
    let state = CountingState::default();
    let mut map = HashMap::with_capacity_and_hasher(words.len(), state.clone());
    let before = state.hashes(); // building the map hashes nothing, but do not rely on it
    for word in words {
        upsert(&mut map, word);
    }
    state.hashes() - before
}

/// Allocations made while counting [`WORDS`] into a pre-sized `HashMap<String, u32>`.
#[derive(Debug, PartialEq, Eq)]
pub struct StringKeyAllocations {
    /// `*map.entry(word.to_string()).or_insert(0) += 1`
    pub entry: usize,
    /// `get_mut(word)`, then `insert(word.to_string(), 1)` on a miss
    pub get_mut_then_insert: usize,
}

/// Measures [`StringKeyAllocations`] with the workspace's counting allocator.
///
/// # Panics
/// If the running binary does not use `basics::alloc_counter::CountingAllocator`.
pub fn string_key_allocations() -> StringKeyAllocations {
    use basics::alloc_counter::count_allocations;

    let mut map: HashMap<String, u32> = HashMap::with_capacity(WORDS.len());
    let ((), entry) = count_allocations(|| {
        for word in WORDS {
            *map.entry(word.to_string()).or_insert(0) += 1;
        }
    });
    let mut map2: HashMap<String, u32> = HashMap::with_capacity(WORDS.len());
    let ((), get_mut) = count_allocations(|| {
        for word in WORDS {
            if let Some(count) = map2.get_mut(word) {
                *count += 1;
            } else {
                map2.insert(word.to_string(), 1);
            }
        }
    });
    assert_eq!(map, map2, "both ways must count the same");
    StringKeyAllocations {
        entry: entry.allocations,
        get_mut_then_insert: get_mut.allocations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_sort_ascending_even_with_nan() {
        let mut prices = vec![99.99, 149.50, 29.99];
        sort_prices(&mut prices);
        assert_eq!(prices, [29.99, 99.99, 149.5]);

        let mut with_nan = vec![1.0, f64::NAN, 0.5];
        sort_prices(&mut with_nan); // total_cmp puts a positive NaN last
        assert_eq!(&with_nan[..2], [0.5, 1.0]);
        assert!(with_nan[2].is_nan());
    }

    #[test]
    #[should_panic(expected = "called `Option::unwrap()` on a `None` value")]
    fn guide_sort_prices_panics_on_nan() {
        // NaN has no partial order: partial_cmp returns None.
        let mut prices = [1.0, f64::NAN, 0.5];
        guide_sort_prices(&mut prices);
    }

    #[test]
    fn pushes_reallocate_only_log_n_times() {
        use basics::alloc_counter::count_allocations;
        let (v, stats) = count_allocations(|| {
            let mut v = Vec::new();
            for i in 0..1024_u32 {
                v.push(i);
            }
            v
        });
        // Doubling from a small first capacity: 1024 pushes, about log2(1024) = 10 allocations (9 on
        // 1.98.0's std, which starts at 4). std promises amortised O(1), not this exact policy.
        assert!(stats.allocations <= 11, "{stats:?}");
        assert_eq!(v.len(), 1024);

        // `insert` at the front shifts every element one place; `remove(0)` shifts them back.
        let mut v = vec![1, 2, 3];
        v.insert(0, 0);
        assert_eq!(v, [0, 1, 2, 3]);
        assert_eq!(v.remove(0), 0);
        assert_eq!(v, [1, 2, 3]);
    }

    #[test]
    fn inventory_holds_the_guides_numbers() {
        let inventory = build_inventory();
        assert_eq!(
            sorted_entries(&inventory),
            [("Keyboard", 100), ("Laptop", 48), ("Mouse", 210)]
        );
    }

    #[test]
    fn two_random_states_can_iterate_in_different_orders() {
        // Every RandomState has its own SipHash keys, so the same keys inserted in the same order can
        // come out in different orders. With 20 keys, two maps agreeing by chance is very unlikely,
        // and 50 tries all agreeing is impossible in practice: this test fails if the order were fixed.
        let keys: Vec<u32> = (0..20).collect();
        let order = |state: RandomState| {
            let mut map = HashMap::with_hasher(state);
            for k in &keys {
                map.insert(*k, ());
            }
            map.into_keys().collect::<Vec<_>>()
        };
        let first = order(RandomState::new());
        let differs = (0..50).any(|_| order(RandomState::new()) != first);
        assert!(differs, "50 RandomStates iterated identically: {first:?}");
    }

    #[test]
    fn guide_get_mut_then_insert_hashes_new_keys_twice() {
        // 9 words, 6 distinct: 9 lookups, except the first (the map is empty: no hash needed), plus
        // 6 second lookups by insert.
        assert_eq!(
            hashes_to_count(&WORDS, guide_count_with_get_mut_then_insert),
            14
        );
    }

    #[test]
    fn a_lookup_in_an_empty_map_does_not_hash() {
        let state = CountingState::default();
        let mut map: HashMap<&str, u32, _> = HashMap::with_capacity_and_hasher(4, state.clone());
        assert!(map.get_mut("cat").is_none());
        assert_eq!(state.hashes(), 0);
        map.insert("cat", 1);
        assert!(map.get_mut("dog").is_none());
        assert_eq!(state.hashes(), 2);
    }

    #[test]
    fn entry_hashes_each_word_once() {
        assert_eq!(hashes_to_count(&WORDS, count_with_entry), 9);
    }

    #[test]
    fn for_a_key_already_present_both_hash_once() {
        for upsert in [guide_count_with_get_mut_then_insert, count_with_entry] {
            let state = CountingState::default();
            let mut map = HashMap::with_capacity_and_hasher(4, state.clone());
            map.insert("cat", 1);
            let before = state.hashes();
            upsert(&mut map, "cat");
            assert_eq!(state.hashes() - before, 1);
            assert_eq!(map["cat"], 2);
        }
    }

    #[test]
    fn growing_map_rehashes_on_resize() {
        // Without pre-sizing, a resize re-hashes every key already stored: the counter sees that too,
        // which is why the measurement above pre-sizes the map.
        let state = CountingState::default();
        let mut map = HashMap::with_hasher(state.clone());
        for word in WORDS {
            count_with_entry(&mut map, word);
        }
        assert!(state.hashes() > WORDS.len(), "{}", state.hashes());
    }

    #[test]
    fn entry_with_string_keys_allocates_for_every_word() {
        assert_eq!(
            string_key_allocations(),
            StringKeyAllocations {
                entry: 9,
                get_mut_then_insert: 6
            }
        );
    }
}
