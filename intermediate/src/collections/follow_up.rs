//! **Q16 follow-up · SipHash and faster hashers.** `HashMap` defaults to SipHash-1-3 with secret random
//! keys so that nobody who supplies the keys can make them collide (HashDoS); switch to a fast unkeyed
//! hasher only for keys an attacker cannot choose, and when a profile shows hashing matters.
//!
//! - SipHash is keyed: the same string hashes differently under two `RandomState`s. Proof: `cargo test -p intermediate --lib collections::follow_up::tests::two_random_states_hash_the_same_key_differently`
//! - FxHash has no key: the same value in every run, so anyone can compute colliding keys. Proof: `cargo test -p intermediate --lib collections::follow_up::tests::fx_hash_is_the_same_in_every_run`
//! - 2,000 such keys cost an `FxHashMap` n(n-1)/2 = 1,999,000 comparisons (quadratic); SipHash is not fooled. Proof: `cargo test -p intermediate --lib collections::follow_up::tests`
//! - For small keys an attacker cannot choose (ids you generate), FxHash is several times faster. Proof: `cargo bench -p intermediate --bench hashers`
//!
//! # Run it
//! `cargo run --bin hashers`, then `cargo test -p intermediate --lib collections::follow_up`. SipHash
//! values change every run (wildcards in the stored output); FxHash values and the counts do not.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - The attack: for one `u64`, FxHasher computes `(k * K).rotate_left(26)`; [`fx_colliding_keys`]
//!   takes `k = m * K⁻¹ mod 2^64`, so every hash is `m << 26` with the same low bits (bucket) and top 7
//!   bits (hashbrown's tag). No search needed.
//! - Speed: CLAIMS.md row 12 (`cargo bench -p intermediate --bench hashers`: insert and look up 10,000
//!   `u64` keys).
//! - Keep SipHash for anything keyed by request data (headers, JSON keys, user names). foldhash
//!   (hashbrown's default) is seeded but calls itself only "minimally DoS-resistant" and advises against
//!   it where attackers may study the program to craft collisions.
//! - Seeds: std takes each thread's keys from the OS once and varies them for every new `RandomState`.

use std::cell::Cell;
use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hash};

use rustc_hash::{FxBuildHasher, FxHashMap};

pub fn main() {
    println!("SipHash (the default) is keyed: every RandomState has its own random keys:");
    let a = RandomState::new();
    let b = RandomState::new();
    let (ha, hb) = (sip_hash(&a, &"Laptop"), sip_hash(&b, &"Laptop"));
    println!("  hash(\"Laptop\") in map A: {ha:#018x}");
    println!("  hash(\"Laptop\") in map B: {hb:#018x}");
    println!("  same key, two RandomStates, same hash: {}", ha == hb);

    println!("FxHash (rustc-hash) has no key: the same value in every run");
    println!("  hash(\"Laptop\") = {:#018x}", fx_hash(&"Laptop"));
    println!("  hash(42_u64)   = {:#018x}", fx_hash(&42_u64));

    let keys = fx_colliding_keys(ATTACK_KEYS);
    println!("HashDoS: {ATTACK_KEYS} keys computed to collide under FxHash");
    let hashes: Vec<String> = keys
        .iter()
        .take(3)
        .map(|k| format!("{:#x}", fx_hash(k)))
        .collect();
    println!("  first keys' FxHash values: {}, ...", hashes.join(", "));
    let fx = comparisons_to_insert::<FxBuildHasher>(&keys);
    let sip = comparisons_to_insert::<RandomState>(&keys);
    println!("  FxHashMap:         {fx} key comparisons to insert them");
    println!("  HashMap (SipHash): {sip} key comparisons");
    println!(
        "  SipHash needed fewer than 1% of FxHash's comparisons: {}",
        sip * 100 < fx
    );

    // The safe everyday use of Fx: keys you generate yourself.
    let mut by_id: FxHashMap<u32, &str> = FxHashMap::default();
    by_id.insert(7, "Keyboard");
    by_id.insert(3, "Laptop");
    println!("FxHashMap with our own ids: by_id[&3] = {}", by_id[&3]);
}

/// The SipHash value of `value` under one `RandomState`.
pub fn sip_hash<T: Hash>(state: &RandomState, value: &T) -> u64 {
    state.hash_one(value)
}

/// The FxHash value of `value`: no state, no randomness.
pub fn fx_hash<T: Hash>(value: &T) -> u64 {
    FxBuildHasher.hash_one(value)
}

/// FxHasher's multiplier on 64-bit targets (rustc-hash 2.x).
const FX_K: u64 = 0xf135_7aea_2e62_a9c5;

/// The inverse of an odd number modulo 2^64, by Newton's iteration (each step doubles the correct bits).
const fn inverse_mod_2_64(a: u64) -> u64 {
    let mut x = a; // correct to 3 bits for odd a
    let mut i = 0;
    while i < 5 {
        x = x.wrapping_mul(2u64.wrapping_sub(a.wrapping_mul(x)));
        i += 1;
    }
    x
}

/// `n` distinct keys that all collide in an `FxHashMap`.
///
/// For one `u64`, FxHasher computes `(k * K).rotate_left(26)`. Taking `k = m * K⁻¹` makes `k * K = m`,
/// so the hash is `m << 26`: its low 26 bits (the bucket index for tables up to 2^26 buckets) are 0,
/// and for `m < 2^31` its top 7 bits (hashbrown's tag byte) are 0 too. Anyone who has read the
/// algorithm can do this; nobody can do it for SipHash without the secret random keys.
pub fn fx_colliding_keys(n: u32) -> Vec<u64> {
    let k_inv = inverse_mod_2_64(FX_K);
    (0..u64::from(n)).map(|m| m.wrapping_mul(k_inv)).collect()
}

thread_local! {
    static COMPARISONS: Cell<u64> = const { Cell::new(0) };
}

/// A `u64` key that counts how often the map compares it with another key (per thread).
#[derive(Debug, Clone, Copy, Eq)]
pub struct CountedKey(pub u64);

// Hashes exactly like the `u64` inside (one `write_u64`), so the collisions computed for `u64` apply.
impl Hash for CountedKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl PartialEq for CountedKey {
    fn eq(&self, other: &Self) -> bool {
        COMPARISONS.with(|c| c.set(c.get() + 1));
        self.0 == other.0
    }
}

/// Inserts `keys` into an empty map with hasher `S` and returns how many key comparisons it took.
pub fn comparisons_to_insert<S: BuildHasher + Default>(keys: &[u64]) -> u64 {
    let mut map: HashMap<CountedKey, (), S> = HashMap::default();
    let before = COMPARISONS.with(Cell::get);
    for &k in keys {
        map.insert(CountedKey(k), ());
    }
    assert_eq!(map.len(), keys.len(), "keys must be distinct");
    COMPARISONS.with(Cell::get) - before
}

/// How many adversarial keys the binary and the tests insert.
pub const ATTACK_KEYS: u32 = 2_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_random_states_hash_the_same_key_differently() {
        let (a, b) = (RandomState::new(), RandomState::new());
        assert_ne!(sip_hash(&a, &"Laptop"), sip_hash(&b, &"Laptop"));
        // ...while one state is consistent with itself, or the map could not find anything.
        assert_eq!(sip_hash(&a, &"Laptop"), sip_hash(&a, &"Laptop"));
    }

    #[test]
    fn fx_hash_is_the_same_in_every_run() {
        // Fixed numbers: a different run, machine (64-bit) or program computes the same values.
        assert_eq!(fx_hash(&42_u64), 42_u64.wrapping_mul(FX_K).rotate_left(26));
        assert_eq!(fx_hash(&"Laptop"), FX_LAPTOP);
    }

    /// FxHash of `"Laptop"`, as printed by the binary (checked in `tests/cmd/hashers.stdout` too).
    const FX_LAPTOP: u64 = 0xd453_97a1_0ff9_9002;

    #[test]
    fn inverse_is_an_inverse() {
        assert_eq!(FX_K.wrapping_mul(inverse_mod_2_64(FX_K)), 1);
    }

    #[test]
    fn colliding_keys_share_bucket_bits_and_tag() {
        let keys = fx_colliding_keys(ATTACK_KEYS);
        let distinct: std::collections::HashSet<_> = keys.iter().collect();
        assert_eq!(distinct.len(), keys.len());
        for k in keys {
            let h = fx_hash(&k);
            assert_eq!(h & ((1 << 26) - 1), 0, "low bits of {h:#x}");
            assert_eq!(h >> 57, 0, "tag bits of {h:#x}");
        }
    }

    #[test]
    fn fx_map_compares_every_pair_of_colliding_keys() {
        let n = u64::from(ATTACK_KEYS);
        let fx = comparisons_to_insert::<FxBuildHasher>(&fx_colliding_keys(ATTACK_KEYS));
        assert_eq!(fx, n * (n - 1) / 2); // 1,999,000: quadratic
    }

    #[test]
    fn siphash_map_is_not_fooled_by_the_same_keys() {
        let fx = comparisons_to_insert::<FxBuildHasher>(&fx_colliding_keys(ATTACK_KEYS));
        let sip = comparisons_to_insert::<RandomState>(&fx_colliding_keys(ATTACK_KEYS));
        assert!(sip * 100 < fx, "sip {sip} vs fx {fx}");
    }

    #[test]
    fn ordinary_keys_do_not_collide_under_fx() {
        let keys: Vec<u64> = (0..u64::from(ATTACK_KEYS)).collect();
        let fx = comparisons_to_insert::<FxBuildHasher>(&keys);
        assert!(fx < u64::from(ATTACK_KEYS), "{fx}");
    }
}
