//! **Q23 follow-up · Bounds on associated types.** Put a bound in the trait (`type Output: Debug;`) when
//! every implementation must meet it, in a `where` clause (`where I::Item: Display`) when only one
//! function needs it, or inline (`impl Iterator<Item: Debug>`, since Rust 1.79).
//!
//! - A bound in the trait binds every impl and serves every user: [`describe`] prints and clones any
//!   `Pipeline::Output` without repeating it; an impl whose type lacks it is E0277.
//!   Proof: `cargo test -p advanced --lib associated_types::follow_up`
//! - A `where` clause binds only its function: [`join_all`] needs `I::Item: Display`, and a caller with a
//!   non-`Display` item gets E0277. Proof: `cargo test -p advanced --test compile_fail`
//! - `I: Iterator<Item = u32>` fixes the associated type exactly: [`sum_u32`] given `u64`s is E0271, a
//!   type mismatch. Proof: `cargo test -p advanced --test compile_fail`
//!
//! # Run it
//! `cargo run --bin associated_type_bounds`: one line per kind of bound.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - `impl Iterator<Item: Debug>` is short for a new parameter `I` with `where I: Iterator, I::Item:
//!   Debug`; it also works in argument and return position and in bounds.

use std::fmt::{Debug, Display};

pub fn main() {
    let text = "the quick fox jumps over the lazy dog";
    println!("WordCount:  {}", describe(&WordCount, text));
    println!("Vocabulary: {}", describe(&Vocabulary, "b a B c a"));
    println!("join_all:   {}", join_all([1.5, 2.0, 3.25], " + "));
    println!("debug_all:  {}", debug_all([Some(1), None]).join(", "));
    println!("sum_u32:    {}", sum_u32([u32::MAX, 1].into_iter()));
}

/// 1. Bounds declared on the associated types themselves.
pub trait Pipeline {
    type Input;
    type Output: Debug + Clone;
    fn run(&self, input: Self::Input) -> Self::Output;
}

/// Counts the words of a text.
pub struct WordCount;

impl Pipeline for WordCount {
    type Input = &'static str;
    type Output = usize; // usize is Debug + Clone, as the trait demands
    fn run(&self, input: &'static str) -> usize {
        input.split_whitespace().count()
    }
}

/// Lists the distinct lowercase words of a text, sorted.
pub struct Vocabulary;

impl Pipeline for Vocabulary {
    type Input = &'static str;
    type Output = Vec<String>;
    fn run(&self, input: &'static str) -> Vec<String> {
        let mut words: Vec<String> = input.split_whitespace().map(|w| w.to_lowercase()).collect();
        words.sort();
        words.dedup();
        words
    }
}

/// Relies on the trait's own bound: no `where P::Output: Debug` needed here.
pub fn describe<P: Pipeline>(pipeline: &P, input: P::Input) -> String {
    let output = pipeline.run(input);
    let copy = output.clone(); // Clone, from the declaration
    format!("{:?} (copy: {:?})", output, copy) // Debug, from the declaration
}

/// 2. A bound on an associated type that only this function needs, in a `where` clause.
pub fn join_all<I>(items: I, separator: &str) -> String
where
    I: IntoIterator,
    I::Item: Display,
{
    items
        .into_iter()
        .map(|item| item.to_string())
        .collect::<Vec<_>>()
        .join(separator)
}

/// 3. The same idea with associated type bound syntax (`Item: Debug`) inside `impl Trait`.
pub fn debug_all(items: impl IntoIterator<Item: Debug>) -> Vec<String> {
    items.into_iter().map(|item| format!("{item:?}")).collect()
}

/// An exact associated type in a `where` clause: only iterators of `u32`.
pub fn sum_u32<I>(items: I) -> u64
where
    I: Iterator<Item = u32>,
{
    items.map(u64::from).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_bounds_let_generic_code_print_and_clone_any_output() {
        assert_eq!(describe(&WordCount, "a b c"), "3 (copy: 3)");
        assert_eq!(
            describe(&Vocabulary, "b a B"),
            r#"["a", "b"] (copy: ["a", "b"])"#
        );
    }

    #[test]
    fn where_clause_bounds_work_for_any_displayable_item() {
        assert_eq!(join_all(vec!["a", "b"], ", "), "a, b");
        assert_eq!(join_all(Vec::<u8>::new(), ", "), "");
        assert_eq!(debug_all(vec![Some(1), None]), ["Some(1)", "None"]);
    }

    #[test]
    fn exact_item_type_sums_without_overflow() {
        assert_eq!(sum_u32([u32::MAX, 1].into_iter()), 4_294_967_296);
    }
}
