//! **Q15 follow-up · `iter()`, `iter_mut()`, `into_iter()`.** `iter()` borrows the collection and
//! yields `&T`, `iter_mut()` borrows it mutably and yields `&mut T`, and `into_iter()` takes it by value
//! and yields `T`, leaving nothing behind.
//!
//! - `for x in &v` is `iter()`, `for x in &mut v` is `iter_mut()`, `for x in v` is `into_iter()`: `(&v).into_iter()` yields `&T`. Proof: `cargo test -p intermediate --lib iterators::follow_up::tests::item_types`
//! - After `into_iter()` the collection is gone: using it is E0382. Proof: `cargo test -p intermediate --test compile_fail`
//! - Ownership shows in the cost: cloning 3 `String`s out allocates 4 times, moving them out 0. Proof: `cargo test -p intermediate --lib iterators::follow_up::tests`
//! - Since edition 2021 an array's `into_iter()` yields `T` too (in 2018 it yielded `&T`). Proof: `cargo test -p intermediate --lib iterators::follow_up::tests::an_array_into_iter_yields_values`
//!
//! # Run it
//! `cargo run --bin iter_kinds`, then `cargo test -p intermediate --lib iterators::follow_up`. The item
//! type of each call, each form at work, and the allocations of cloning vs moving out.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - That `into_iter().collect()` reuses the original buffer (same pointer, asserted) is `Vec`'s
//!   in-place collect, an optimisation std documents as exempt from stability guarantees; the test pins
//!   it for 1.98.0's std. So are the `type_name` strings of `item_types`.
//! - In edition 2018, collecting `[String; 1].into_iter()` into a `Vec<String>` is E0277: the array
//!   auto-referenced and yielded `&String`.

use basics::alloc_counter::count_allocations;
use std::any::type_name;

pub fn main() {
    let mut names = vec![
        String::from("ferris"),
        String::from("corro"),
        String::from("bors"),
    ];

    // `(&names).into_iter()` is spelled out on purpose: it is what `for name in &names` calls.
    #[allow(clippy::into_iter_on_ref)]
    let kinds = [
        ("names.iter()", item_type(&names.iter())),
        ("names.iter_mut()", item_type(&names.iter_mut())),
        ("(&names).into_iter()", item_type(&(&names).into_iter())),
        // A clone, so that `names` survives for the rest of the example.
        ("names.into_iter()", item_type(&names.clone().into_iter())),
    ];
    for (call, item) in kinds {
        println!("{call:<21} yields {item}");
    }

    // iter(): read, the Vec stays usable.
    let total_len: usize = names.iter().map(|n| n.len()).sum();
    println!("iter: total length {total_len}, names still usable: {names:?}");

    // iter_mut(): change in place.
    for name in names.iter_mut() {
        name.make_ascii_uppercase();
    }
    println!("iter_mut: {names:?}");

    // Copying owned items out vs moving them out.
    // `iter().cloned()` rather than `to_vec()`: the point is iterating by reference and copying out.
    #[allow(clippy::iter_cloned_collect)]
    let (copies, cloned) = count_allocations(|| names.iter().cloned().collect::<Vec<String>>());
    println!(
        "iter().cloned().collect(): {} allocations ({} strings + 1 Vec)",
        cloned.allocations,
        copies.len()
    );
    let (moved, moved_stats) = count_allocations(|| names.into_iter().collect::<Vec<String>>());
    println!(
        "into_iter().collect():     {} allocations (strings moved, buffer reused)",
        moved_stats.allocations
    );
    // println!("{names:?}"); // ❌ E0382 — tests/ui/iterators/use_after_into_iter.rs
    println!("into_iter: {moved:?}; `names` is gone");
    drop(copies);

    // The three `for` forms.
    let mut scores = vec![1, 2, 3];
    for s in &scores {
        print!("{s} ");
    }
    for s in &mut scores {
        *s *= 10;
    }
    for s in scores {
        print!("{s} ");
    }
    println!("<- for x in &v, then for x in &mut v (x10), then for x in v");
}

/// The type of the items an iterator yields.
pub fn item_type<I: Iterator>(_: &I) -> &'static str {
    type_name::<I::Item>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::into_iter_on_ref)] // `(&v).into_iter()` is what is being shown
    fn item_types() {
        let mut v = vec![String::new()];
        assert_eq!(item_type(&v.iter()), "&alloc::string::String");
        assert_eq!(item_type(&v.iter_mut()), "&mut alloc::string::String");
        assert_eq!(item_type(&(&v).into_iter()), "&alloc::string::String");
        assert_eq!(item_type(&v.into_iter()), "alloc::string::String");
    }

    #[test]
    #[allow(clippy::iter_cloned_collect)] // iterating by reference and copying out is the point
    fn cloning_out_allocates_per_string() {
        let names = vec![String::from("a"), String::from("bb"), String::from("ccc")];
        let (copies, stats) = count_allocations(|| names.iter().cloned().collect::<Vec<_>>());
        assert_eq!(copies, names);
        assert_eq!(stats.allocations, 4);
    }

    #[test]
    fn an_array_into_iter_yields_values() {
        let names = [String::from("a"), String::from("b")];
        let iter = names.into_iter();
        assert_eq!(item_type(&iter), "alloc::string::String");
        let owned: Vec<String> = iter.collect();
        assert_eq!(owned, ["a", "b"]);
    }

    // Buffer reuse is std's in-place collect: an optimisation, pinned here for 1.98.0's std.
    #[test]
    fn into_iter_moves_strings_without_allocating() {
        let names = vec![String::from("a"), String::from("bb"), String::from("ccc")];
        let buffer = names.as_ptr();
        let (moved, stats) = count_allocations(|| names.into_iter().collect::<Vec<_>>());
        assert_eq!(moved, ["a", "bb", "ccc"]);
        assert_eq!(stats.allocations, 0);
        assert_eq!(moved.as_ptr(), buffer, "the original buffer was reused");
    }

    #[test]
    fn iter_mut_changes_in_place() {
        let mut v = vec![1, 2];
        v.iter_mut().for_each(|x| *x += 1);
        assert_eq!(v, [2, 3]);
    }
}
