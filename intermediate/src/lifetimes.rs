//! **Q13 · Lifetimes.** A lifetime names how long a borrow is valid; an annotation like `'a` makes
//! nothing live longer, it states a relation ("the result borrows from both inputs") that the compiler
//! checks.
//!
//! - `longest<'a>` ties the result to both inputs: without `'a` it is E0106, and using the result after an input is gone is E0597. Proof: `cargo test -p intermediate --test compile_fail`
//! - A struct holding a reference names its lifetime (`Excerpt<'a>`) and cannot outlive the data. Proof: `cargo test -p intermediate --lib lifetimes::tests`
//! - `'static` is no fix: returning `&s` of a local is still E0515; return the `String`. Proof: `cargo test -p intermediate --lib lifetimes::tests::get_name_returns_an_owned_string`
//! - `T: 'static` is not `&'static T`: an owned `String` satisfies it, a borrow of a local does not. Proof: `cargo test -p intermediate --lib lifetimes::tests::an_owned_value_is_t_static`
//!
//! # Run it
//! `cargo run --bin lifetimes`, then `cargo test -p intermediate --lib lifetimes`. The guide's two lines
//! come first; then previews of text containing `₹`, where the guide's `highlight` panics.
//!
//! # Differences from the guide
//! - `highlight` cuts at a char boundary instead of panicking inside `₹`: [ERRATA.md, Q13](../../ERRATA.md#q13).
//! - The guide never reads `page` (a warning); here it is printed: [ERRATA.md, Q13](../../ERRATA.md#q13).
//!
//! # More to explore
//! - The guide's `&self.text[..20.min(len)]` is a *byte* index; `₹` is three bytes, so byte 20 of
//!   `"Amount due today: ₹500"` is inside it. `str::floor_char_boundary` moves the cut back to the
//!   start of that character: still a zero-copy slice. (A char is not always one visible letter: a
//!   Devanagari syllable can be several chars.)
//! - The guide's own `main` is fine: `novel` outlives `result`. Declare `novel` inside the block and it
//!   is E0597 (`tests/ui/lifetimes/borrow_outlives_owner.rs`).
//! - `T: 'static` means "holds no borrow shorter than the program" (`tests/ui/lifetimes/t_static_rejects_a_local_borrow.rs`),
//!   which is what `thread::spawn` asks of its closure (Q14 follow-up).
//!
//! # Follow-up
//! "What are the three lifetime elision rules? When does the compiler infer lifetimes automatically?":
//! [`follow_up`], `cargo run --bin lifetime_elision`.

pub mod follow_up;

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

    // `T: 'static` asks for no short borrow inside `T`, not for a `&'static` reference.
    println!(
        "T: 'static accepts an owned String: {}",
        keep_forever(get_name())
    );
}

/// The result lives as long as the shorter-lived of `x` and `y`: `'a` is that common lifetime.
pub fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

/// Accepts any value that holds no borrow shorter than `'static`: an owned `String` qualifies, a
/// `&'static str` too, a borrow of a local does not (`tests/ui/lifetimes/t_static_rejects_a_local_borrow.rs`).
pub fn keep_forever<T: std::fmt::Debug + 'static>(value: T) -> String {
    format!("{value:?}")
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
    ///
    /// Flaw: panics. Proof: `cargo test -p intermediate --lib lifetimes::tests::guide_highlight_panics_inside_a_multibyte_char`
    fn guide_highlight(text: &str) -> &str {
        &text[..20.min(text.len())]
    }

    #[test]
    #[should_panic(expected = "is not a char boundary")]
    fn guide_highlight_panics_inside_a_multibyte_char() {
        guide_highlight("Amount due today: ₹500");
    }

    #[test]
    fn an_owned_value_is_t_static() {
        let owned = String::from("local, but owned");
        assert_eq!(keep_forever(owned), "\"local, but owned\"");
        assert_eq!(keep_forever("a literal"), "\"a literal\"");
    }

    #[test]
    fn get_name_returns_an_owned_string() {
        let name: String = get_name();
        assert_eq!(name, "Alice");
    }
}
