//! **Q12 follow-up · Monomorphization.** The compiler copies a generic function for every set of
//! concrete types it is used with, each copy specialised and optimised for its type: no boxing, no
//! vtable at run time, but more machine code and more compile time.
//!
//! - `largest` used with `i32`, `f64` and `char` is three functions in the object file; used with one type, one. Proof: `cargo test -p intermediate --test monomorphization`
//! - Every generic helper the body calls is copied too: 9 functions for one type, 27 for three. Proof: `cargo test -p intermediate --test monomorphization`
//! - Keep the generic part thin: `word_count<S: AsRef<str>>` is a one-line shim around a non-generic body compiled once (as `std::fs::read` does). Proof: `cargo test -p intermediate --lib generics::follow_up::tests::the_shim_accepts_any_string_type`
//! - Or use `dyn Trait`: one copy for every type, at the cost of an indirect call (Q11 follow-up). Proof: `cargo run --bin impl_vs_dyn`
//!
//! # Run it
//! `cargo run --bin monomorphization`, then `cargo test -p intermediate --test monomorphization`. The
//! binary names the three instances; the test counts them and their helpers in a real object file.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - The object-file test compiles `largest`'s own source (read from `generics.rs`) at opt-level 0 with
//!   v0 symbol mangling and lists it with the toolchain's `llvm-nm`. The byte sizes depend on the
//!   toolchain and target: they are in the stored snapshot `intermediate/tests/snapshots/monomorphization.txt`
//!   (refreshed with `SNAPSHOTS=overwrite`), not in this doc.
//! - The three distinct function addresses the binary prints are an illustration, not the proof: std
//!   (`std::ptr::fn_addr_eq`) promises nothing about the addresses of distinct functions.
//! - Copies are made in the crate that *uses* the generic with a concrete type, which is where the
//!   compile time goes. Do not count on the optimiser to fold copies back together: even
//!   `largest::<u32>` and `largest::<Meters>` (a `u32` newtype) stay two functions at opt-level 3
//!   (test `the_optimiser_does_not_fold_the_copies_back`).

use super::largest;
use std::any::type_name_of_val;
use std::collections::BTreeSet;

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

/// Function-pointer addresses of three instantiations of [`largest`] (an illustration: see the module
/// doc).
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_instantiations_have_three_addresses() {
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
}
