//! Q13 — Lifetimes: names for "how long a borrow is valid", used by the compiler to prove that no
//! reference outlives the data it points to. An annotation like `'a` does not make anything live longer;
//! it states a relationship ("the result borrows from both inputs") that the compiler then checks.
//!
//! Run `cargo run --bin lifetimes`. The first two lines are the guide's output: `longest` returns a
//! reference tied to both inputs, and `Excerpt::highlight` returns a preview borrowed from the excerpt's
//! text — no copy. The last lines preview text containing `₹`, which the guide's version cannot do.
//!
//! Where this differs from the guide: `highlight` slices `&self.text[..20.min(len)]`, a *byte* index.
//! `₹` is three bytes in UTF-8, so for `"Amount due today: ₹500"` byte 20 falls inside it and the guide's
//! code panics ("byte index 20 is not a char boundary"; test
//! `guides_highlight_panics_inside_a_multibyte_char`). Here `highlight` cuts at most 20 bytes, rounded
//! down to the previous char boundary with `str::floor_char_boundary`: still a zero-copy slice, never
//! half a character. (A char is not always what a reader sees as one letter — a Devanagari syllable can
//! be several chars — but a char boundary is what `&str` slicing requires.)
//!
//! The mistakes, compiled for real (`tests/ui/lifetimes/`):
//! - `get_name() -> &'static str` returning `&s` of a local `String`: E0515 (adding `'static` does not
//!   help: the `String` is still dropped at the end of the function). The fix returns `String`.
//! - `fn longest(x: &str, y: &str) -> &str` without `'a`: E0106, the compiler cannot guess which input
//!   the result borrows from.
//! - using `longest`'s result after one of its inputs is dropped: E0597 (`novel` does not live long
//!   enough). The guide's own `main` is fine because `novel` outlives `result`.
//!
//! Follow-up (the three elision rules): [`follow_up`], `cargo run --bin lifetime_elision`.

/// The result lives as long as the shorter-lived of `x` and `y`: `'a` is that common lifetime.
pub fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

/// A struct holding a reference must name the lifetime of what it borrows.
pub struct Excerpt<'a> {
    pub text: &'a str,
    pub page: u32,
}

/// How many bytes a preview may take.
pub const PREVIEW_BYTES: usize = 20;

impl<'a> Excerpt<'a> {
    /// At most [`PREVIEW_BYTES`] bytes of the text, never cutting a character in half.
    ///
    /// Elision (rule 3): the result borrows from `&self`.
    pub fn highlight(&self) -> &str {
        // The guide: `&self.text[..20.min(self.text.len())]`, which panics when byte 20 is inside a
        // multi-byte character. `floor_char_boundary` moves the cut back to the start of that character.
        &self.text[..self.text.floor_char_boundary(PREVIEW_BYTES)]
    }
}

/// The fix for the guide's `get_name() -> &'static str`: return an owned value, the caller owns it.
pub fn get_name() -> String {
    String::from("Alice")
}

pub fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let result;
    {
        let first_sentence = &novel[..16]; // "Call me Ishmael."
        result = longest(first_sentence, "Hello world");
    }
    // OK: `result` borrows from `novel` (and a `'static` literal), and `novel` is still alive here.
    // Were `novel` declared inside the block: ❌ E0597 — tests/ui/lifetimes/borrow_outlives_owner.rs
    println!("Longest: {}", result); // Call me Ishmael.

    let excerpt = Excerpt {
        text: &novel,
        page: 1,
    };
    println!("Preview: {}", excerpt.highlight());

    // Byte 20 is inside `₹` (bytes 18..21): the guide's slice would panic here.
    let invoice = "Amount due today: ₹500";
    let bill = Excerpt {
        text: invoice,
        page: 2,
    };
    println!(
        "Preview (page {}): [{}] ({} of {} bytes)",
        bill.page,
        bill.highlight(),
        bill.highlight().len(),
        invoice.len()
    );
    let hindi = Excerpt {
        text: "नमस्ते दुनिया, Rust",
        page: 3,
    };
    println!(
        "Preview (page {}): [{}] ({} of {} bytes)",
        hindi.page,
        hindi.highlight(),
        hindi.highlight().len(),
        hindi.text.len()
    );

    // fn get_name() -> &'static str { let s = String::from("Alice"); &s } // ❌ E0515 — tests/ui/lifetimes/return_ref_to_local.rs
    println!("Owned instead of 'static: {}", get_name());
}

/// Follow-up: what are the three lifetime elision rules, and when does the compiler infer lifetimes?
///
/// In function and method signatures the compiler fills in omitted lifetimes by three rules:
/// 1. every reference parameter gets its own lifetime: `fn f(a: &str, b: &str)` is
///    `fn f<'a, 'b>(a: &'a str, b: &'b str)` ([`same_length`](follow_up::same_length));
/// 2. if there is exactly one input lifetime, it is given to every output reference:
///    `fn f(s: &str) -> &str` is `fn f<'a>(s: &'a str) -> &'a str` ([`first_word`](follow_up::first_word));
/// 3. if one parameter is `&self` or `&mut self`, its lifetime is given to every output reference, even
///    with other reference parameters ([`Excerpt::label`]).
///
/// If the rules leave an output lifetime undecided (two reference inputs, no `self`), nothing is
/// guessed: E0106 (`tests/ui/lifetimes/elision_cannot_choose.rs`). And rule 3 is a choice, not an
/// inference from the body: the result of `label` counts as a borrow of the `Excerpt`, so it cannot
/// outlive it (`tests/ui/lifetimes/rule_three_ties_output_to_self.rs`, E0597), and a body returning
/// `prefix` would not match the signature. Inside function bodies, lifetimes are always inferred: a
/// body cannot declare a lifetime name of its own, it can only mention `'static` or the function's own
/// lifetime parameters (`let y: &'a str = x;`), so annotations belong in signatures and type
/// definitions.
///
/// The guide's `highlight` relies on rule 3, so its preview borrows the `Excerpt`, not the text; a
/// method that states `-> &'a str` ([`Excerpt::preview`]) hands out a preview that outlives the
/// `Excerpt` itself (`tests/ui/lifetimes/highlight_borrows_the_excerpt.rs` shows the E0597 of the
/// elided version).
pub mod follow_up {
    use super::Excerpt;

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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_picks_the_longer_and_the_first_on_a_tie() {
        assert_eq!(
            longest("Call me Ishmael.", "Hello world"),
            "Call me Ishmael."
        );
        assert_eq!(longest("ab", "cd"), "ab");
    }

    #[test]
    fn highlight_of_ascii_is_the_first_20_bytes() {
        let novel = "Call me Ishmael. Some years ago...";
        let e = Excerpt {
            text: novel,
            page: 1,
        };
        assert_eq!(e.highlight(), "Call me Ishmael. Som");
        let short = Excerpt {
            text: "short",
            page: 1,
        };
        assert_eq!(short.highlight(), "short");
    }

    #[test]
    fn highlight_never_cuts_a_character() {
        let e = Excerpt {
            text: "Amount due today: ₹500",
            page: 1,
        };
        assert_eq!(e.highlight(), "Amount due today: ");
        // Every prefix of a string full of 3-byte characters is still valid and at most 20 bytes.
        let e = Excerpt {
            text: "₹₹₹₹₹₹₹₹₹₹",
            page: 1,
        };
        assert_eq!(e.highlight(), "₹₹₹₹₹₹"); // 18 bytes: a 7th `₹` would end at byte 21
    }

    /// The guide's `highlight`, kept only to show its failure.
    /// Flaw: panics — proven by `cargo test -p intermediate --lib guides_highlight_panics_inside_a_multibyte_char`
    fn guide_highlight(text: &str) -> &str {
        &text[..20.min(text.len())]
    }

    #[test]
    #[should_panic(expected = "is not a char boundary")]
    fn guides_highlight_panics_inside_a_multibyte_char() {
        guide_highlight("Amount due today: ₹500");
    }

    #[test]
    fn get_name_returns_an_owned_string() {
        let name: String = get_name();
        assert_eq!(name, "Alice");
    }
}
