//! Q12 — Generics and trait bounds: code written once for many types, where the bounds (`T: PartialOrd`)
//! say what the code may do with a `T`.
//!
//! Run `cargo run --bin generics`. The first two lines are the guide's output (`Largest: 100`,
//! `Found: Some("Alice")`); the lines after them exercise what the guide's version got wrong.
//!
//! Where this differs from the guide, and why:
//! - The guide's `largest` indexes `list[0]` and panics on an empty slice ("index out of bounds").
//!   Here it returns `Option<&T>`: `None` for an empty slice, so the caller has to decide what "largest
//!   of nothing" means (test `largest_of_nothing_is_none`, and `guide_largest_panics_on_an_empty_slice`
//!   shows the panic).
//! - The guide's `Cache::insert` always pushes, so re-inserting a key stores a second entry and `get`
//!   (which finds the *first* match) keeps returning the stale value; the duplicate also takes a slot,
//!   evicting an unrelated entry early. Here `insert` replaces the value of an existing key in place.
//!   Test `reinserting_a_key_replaces_its_value`; `the_guides_insert_returns_the_stale_value` runs the
//!   guide's logic and shows the stale read. The guide's `insert` also panics when `max_size` is 0
//!   (`Vec::remove(0)` on an empty vector, test `the_guides_insert_panics_with_max_size_0`); here a
//!   zero-sized cache simply stores nothing.
//! - The guide's `where` clause asks for `K: Eq + Display + Clone, V: Clone` but uses none of `Clone`;
//!   a bound nobody uses only rejects callers, so here the bounds are exactly what the methods need
//!   (`K: Eq`, plus `K: Display` for [`Cache::keys`]).
//!
//! "Without bounds, you can't call any methods on a generic T" is proved by two compile-fail cases:
//! `tests/ui/generics/compare_unbounded_t.rs` (`>` on a bare `T`, E0369) and
//! `tests/ui/generics/method_on_unbounded_t.rs` (`.to_string()` on a bare `T`, E0599).
//!
//! Follow-up (monomorphization): [`follow_up`], `cargo run --bin monomorphization`.

use std::fmt::Display;

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

/// Follow-up: what is monomorphization and how does it affect binary size?
///
/// The compiler does not compile a generic function once: it makes a separate copy for every set of
/// concrete types it is used with (`largest::<i32>`, `largest::<f64>`, ...), each specialised and
/// optimised for its type. That is why generics cost nothing at runtime — no boxing, no vtable — and
/// why they cost code size and compile time: N types, N copies, including copies of every generic
/// helper they call.
///
/// Measured two ways:
/// - at runtime, by this binary (`cargo run --bin monomorphization`): `largest` used with `i32`, `f64`
///   and `char` gives three function pointers with three different addresses — three functions;
/// - in the object file, by the test `each_instantiation_is_its_own_symbol_in_the_object_file`: it
///   compiles a tiny crate with `rustc --emit=obj -C opt-level=0 -C symbol-mangling-version=v0` once
///   with `largest` used for one type and once for three, and lists symbols with the toolchain's
///   `llvm-nm --demangle --print-size` (the `llvm-tools` component of `rust-toolchain.toml`). On
///   Rust 1.98.0 / x86-64: 1 copy of `largest` vs 3 copies (243 bytes each), and 9 vs 27 generated
///   functions in total, because each copy drags in its own `slice::Iter<T>::next`,
///   `<&T as PartialOrd>::gt`, `Option<&T>::branch`, ... — 485 bytes of code vs 1459. All of these
///   figures are asserted (the byte sizes only on x86-64).
///
/// Ways to keep the cost down: use `dyn Trait` where the speed of static dispatch does not matter (one
/// copy), or keep the generic part thin and move the body into a non-generic inner function, as
/// [`word_count`](follow_up::word_count) does (the pattern `std::fs::read` uses for `AsRef<Path>`). In optimised builds LLVM
/// also merges copies whose machine code happens to be identical.
pub mod follow_up {
    use super::largest;
    use std::any::type_name_of_val;
    use std::collections::BTreeSet;

    /// Function-pointer addresses of three instantiations of [`largest`].
    pub fn instance_addresses() -> [(&'static str, usize); 3] {
        let for_i32 = largest::<i32> as fn(&[i32]) -> Option<&i32>;
        let for_f64 = largest::<f64> as fn(&[f64]) -> Option<&f64>;
        let for_char = largest::<char> as fn(&[char]) -> Option<&char>;
        [
            (type_name_of_val(&largest::<i32>), for_i32 as usize),
            (type_name_of_val(&largest::<f64>), for_f64 as usize),
            (type_name_of_val(&largest::<char>), for_char as usize),
        ]
    }

    /// Thin generic shim: only this one line is copied per type `S`.
    pub fn word_count<S: AsRef<str>>(text: S) -> usize {
        word_count_inner(text.as_ref())
    }

    /// The real body, compiled once whatever `S` the callers use.
    fn word_count_inner(text: &str) -> usize {
        text.split_whitespace().count()
    }

    pub fn main() {
        println!("largest(&[3, 9, 4])        = {:?}", largest(&[3, 9, 4]));
        println!("largest(&[0.5, -1.0])      = {:?}", largest(&[0.5, -1.0]));
        println!(
            "largest(&['r', 'u', 's'])  = {:?}",
            largest(&['r', 'u', 's'])
        );

        let instances = instance_addresses();
        println!("-- one generic function, one compiled copy per type --");
        for (name, _) in &instances {
            println!("{name}");
        }
        let distinct: BTreeSet<usize> = instances.iter().map(|(_, addr)| *addr).collect();
        println!(
            "{} instantiations -> {} distinct function addresses",
            instances.len(),
            distinct.len()
        );

        println!("-- thin generic shim, one shared body --");
        println!(
            "word_count(&str) = {}, word_count(String) = {}",
            word_count("generics are copied per type"),
            word_count(String::from("the body is not"))
        );
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use std::path::{Path, PathBuf};
        use std::process::Command;

        #[test]
        fn three_instantiations_are_three_functions() {
            let instances = instance_addresses();
            let distinct: BTreeSet<usize> = instances.iter().map(|(_, a)| *a).collect();
            assert_eq!(distinct.len(), 3);
            assert_eq!(instances[0].0, "intermediate::generics::largest<i32>");
        }

        #[test]
        fn the_shim_accepts_any_string_type() {
            assert_eq!(word_count("a b  c"), 3);
            assert_eq!(word_count(String::from("")), 0);
        }

        /// The source of [`largest`] exactly as this file defines it, so the object-file test measures
        /// the example's own code rather than a copy that could drift from it.
        fn largest_source() -> &'static str {
            const THIS_FILE: &str = include_str!("generics.rs");
            let start = THIS_FILE
                .find("pub fn largest<")
                .expect("generics.rs defines largest");
            let len = THIS_FILE[start..]
                .find("\n}\n")
                .expect("largest's body ends with a closing brace")
                + 3;
            &THIS_FILE[start..start + len]
        }

        /// The rustc that runs in this directory: rustup resolves it to the pinned toolchain.
        fn rustc() -> Command {
            Command::new(std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()))
        }

        fn llvm_nm() -> PathBuf {
            let out = |args: &[&str]| {
                let o = rustc().args(args).output().expect("rustc runs");
                String::from_utf8(o.stdout).expect("utf-8")
            };
            let sysroot = out(&["--print", "sysroot"]);
            let host = out(&["-vV"])
                .lines()
                .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
                .expect("rustc -vV prints the host");
            let nm = Path::new(sysroot.trim())
                .join("lib/rustlib")
                .join(host)
                .join("bin/llvm-nm");
            assert!(
                nm.is_file(),
                "llvm-nm not found at {}: install it with `rustup component add llvm-tools`",
                nm.display()
            );
            nm
        }

        /// Compiles [`largest`]'s source used with `types` to an object file; returns (name, size) of every
        /// function defined in it, except the caller `use_them`.
        fn functions_in_object(dir: &Path, crate_name: &str, types: &[&str]) -> Vec<(String, u64)> {
            let calls: String = types
                .iter()
                .map(|t| format!("    std::hint::black_box(largest::<{t}>(&[]));\n"))
                .collect();
            let src = dir.join(format!("{crate_name}.rs"));
            let obj = dir.join(format!("{crate_name}.o"));
            std::fs::write(
                &src,
                format!("{}pub fn use_them() {{\n{calls}}}\n", largest_source()),
            )
            .unwrap();
            let status = rustc()
                .args(["--edition", "2024", "--crate-type", "lib", "--emit=obj"])
                .args(["-C", "opt-level=0", "-C", "debuginfo=0"])
                .args([
                    "-C",
                    "symbol-mangling-version=v0",
                    "--crate-name",
                    crate_name,
                ])
                .arg("-o")
                .arg(&obj)
                .arg(&src)
                .status()
                .expect("rustc runs");
            assert!(status.success(), "rustc failed on {}", src.display());
            let listing = Command::new(llvm_nm())
                .args(["--demangle", "--print-size", "--defined-only"])
                .arg(&obj)
                .output()
                .expect("llvm-nm runs");
            String::from_utf8(listing.stdout)
                .unwrap()
                .lines()
                .filter_map(|line| {
                    // "<address> <size> <kind> <name>"
                    let mut parts = line.splitn(4, ' ');
                    let (_, size, kind, name) =
                        (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
                    let is_function = matches!(kind, "T" | "t" | "W" | "w");
                    (is_function && !name.ends_with("::use_them"))
                        .then(|| (name.to_owned(), u64::from_str_radix(size, 16).unwrap()))
                })
                .collect()
        }

        #[test]
        fn each_instantiation_is_its_own_symbol_in_the_object_file() {
            let dir =
                std::env::temp_dir().join(format!("intermediate-mono-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            let one = functions_in_object(&dir, "one", &["i32"]);
            let three = functions_in_object(&dir, "three", &["i32", "f64", "char"]);
            std::fs::remove_dir_all(&dir).unwrap();

            let copies = |fns: &[(String, u64)]| -> Vec<String> {
                let mut v: Vec<String> = fns
                    .iter()
                    .filter(|(n, _)| n.contains("::largest::<"))
                    .map(|(n, _)| n.clone())
                    .collect();
                v.sort();
                v
            };
            assert_eq!(copies(&one), ["one::largest::<i32>"]);
            assert_eq!(
                copies(&three),
                [
                    "three::largest::<char>",
                    "three::largest::<f64>",
                    "three::largest::<i32>"
                ]
            );
            // Each copy is a full function body (opt-level 0, Rust 1.98.0, x86-64).
            let size_of = |fns: &[(String, u64)], name: &str| {
                fns.iter().find(|(n, _)| n == name).map(|(_, s)| *s)
            };
            // Sizes are machine code: exact on x86-64 (where the figures in the doc were measured).
            let x86_64 = cfg!(target_arch = "x86_64");
            if x86_64 {
                assert_eq!(size_of(&three, "three::largest::<i32>"), Some(243));
                assert_eq!(size_of(&three, "three::largest::<char>"), Some(243));
                assert_eq!(size_of(&three, "three::largest::<f64>"), Some(243));
            }
            // Every helper the generic body calls is copied too: 9 functions for one type, 27 for three...
            assert_eq!((one.len(), three.len()), (9, 27), "{one:#?}\n{three:#?}");
            // ...and three times the code (f64's comparison is 4 bytes longer than i32's and char's).
            let bytes = |fns: &[(String, u64)]| fns.iter().map(|(_, s)| s).sum::<u64>();
            if x86_64 {
                assert_eq!((bytes(&one), bytes(&three)), (485, 1459));
            }
            assert!(bytes(&three) >= 3 * bytes(&one));
        }
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
    fn largest_of_nothing_is_none() {
        let empty: [i32; 0] = [];
        assert_eq!(largest(&empty), None);
    }

    /// The guide's `largest`, kept only to show its failure mode.
    /// Flaw: panics — proven by `cargo test -p intermediate --lib guide_largest_panics_on_an_empty_slice`
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
    /// Flaw: wrong-result — proven by `cargo test -p intermediate --lib the_guides_insert_returns_the_stale_value`
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
