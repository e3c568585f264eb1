//! **Q13 follow-up · Lifetime elision.** In signatures the compiler fills in omitted lifetimes by three
//! fixed rules, and where they leave an output undecided it asks you (E0106); inside bodies lifetimes
//! are always inferred.
//!
//! - Rule 1: every reference parameter gets its own lifetime (`same_length(a: &str, b: &str)`). Proof: `cargo test -p intermediate --lib lifetimes::follow_up::tests::the_elided_functions_work`
//! - Rule 2: exactly one input lifetime goes to every output (`first_word(s: &str) -> &str`). Proof: `cargo run --bin lifetime_elision`
//! - Rule 3: with `&self`, outputs borrow `self`, even with other reference parameters (`label`). Proof: `cargo test -p intermediate --test compile_fail`
//! - Rule 3 is a choice, not a reading of the body: `highlight` borrows the `Excerpt`, while `preview -> &'a str` borrows the text and may outlive it. Proof: `cargo test -p intermediate --lib lifetimes::follow_up::tests::preview_borrows_the_text_not_the_excerpt`
//!
//! # Run it
//! `cargo run --bin lifetime_elision`, then `cargo test -p intermediate --lib lifetimes::follow_up`. One
//! line per rule, then a preview that outlives its `Excerpt`.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - Two reference inputs and no `self`: nothing is guessed, E0106 (`tests/ui/lifetimes/elision_cannot_choose.rs`).
//! - Rule 3 binds the signature: `label` returning `prefix` is rejected ("lifetime may not live long
//!   enough", `tests/ui/lifetimes/label_cannot_return_prefix.rs`), and its result cannot outlive the
//!   `Excerpt` (E0597, `tests/ui/lifetimes/rule_three_ties_output_to_self.rs`); the elided `highlight`
//!   likewise (`tests/ui/lifetimes/highlight_borrows_the_excerpt.rs`).
//! - A body cannot introduce lifetime parameters for its locals. Apart from `for<'x>` binders inside
//!   types (`let f: for<'x> fn(&'x str) -> &'x str = first_word;`, test `a_body_can_write_a_higher_ranked_binder`),
//!   it can only name `'static`, `'_` and the signature's lifetimes.
//! - Elision also covers `'_` (`Excerpt<'_>`: "some lifetime, elided") and trait objects
//!   (`Box<dyn Trait>` is `+ 'static`, Q11 follow-up). In edition 2024 a returned `impl Trait` captures
//!   every lifetime in scope, and `use<..>` narrows it (Q11 follow-up).

use super::Excerpt;

pub fn main() {
    // Rule 1: a short-lived `String` and a `'static` literal in the same call.
    let typed = String::from("hello");
    println!(
        "rule 1: same_length(&typed, \"world\") = {}",
        same_length(&typed, "world")
    );

    // Rule 2: the word borrows from `sentence`.
    let sentence = String::from("Ishmael went to sea on the Pequod");
    println!(
        "rule 2: first_word(&sentence) = {:?}",
        first_word(&sentence)
    );

    // Rule 3: the label borrows from the excerpt, whatever `prefix` lives.
    let excerpt = Excerpt {
        text: &sentence,
        page: 7,
    };
    let label = {
        let prefix = String::from("p.");
        excerpt.label(&prefix)
    }; // `prefix` is dropped here; `label` is fine, it borrows `excerpt`
    println!(
        "rule 3: excerpt.label(&prefix) = {label:?} (page {})",
        excerpt.page
    );

    // Outliving the Excerpt: only possible with the explicit `'a` of `preview`.
    let preview = {
        let short_lived = Excerpt {
            text: &sentence,
            page: 8,
        };
        short_lived.preview()
    };
    println!("preview outlives its Excerpt: {preview:?}");
}

/// Rule 1: `a` and `b` get two independent lifetimes, so they may come from scopes of any length.
pub fn same_length(a: &str, b: &str) -> bool {
    a.len() == b.len()
}

/// Rule 2: one input lifetime, so the output borrows from `s`.
pub fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

impl<'a> Excerpt<'a> {
    /// Rule 3: two reference inputs, but `&self` decides: the output borrows from `self`.
    pub fn label(&self, prefix: &str) -> &str {
        if prefix.is_empty() {
            self.text
        } else {
            first_word(self.text)
        }
    }

    /// Not elided: the preview borrows the text (`'a`), so it may outlive the `Excerpt`.
    pub fn preview(&self) -> &'a str {
        &self.text[..self.text.floor_char_boundary(super::PREVIEW_BYTES)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_elided_functions_work() {
        assert!(same_length("abc", &String::from("xyz")));
        assert_eq!(first_word("  zero copy "), "zero");
        assert_eq!(first_word(""), "");
        let e = Excerpt {
            text: "Call me Ishmael.",
            page: 1,
        };
        assert_eq!(e.label(""), "Call me Ishmael.");
        assert_eq!(e.label("p."), "Call");
    }

    #[test]
    fn preview_borrows_the_text_not_the_excerpt() {
        let text = String::from("Amount due today: ₹500");
        let preview = {
            let e = Excerpt {
                text: &text,
                page: 1,
            };
            e.preview()
        };
        assert_eq!(preview, "Amount due today: ");
    }

    #[test]
    fn a_body_can_write_a_higher_ranked_binder() {
        // `'x` is declared here, in a body, by the `for<'x>` binder of a function-pointer type.
        let f: for<'x> fn(&'x str) -> &'x str = first_word;
        assert_eq!(f("higher ranked"), "higher");
    }
}
