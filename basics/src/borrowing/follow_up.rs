//! **Q6 follow-up · Dangling references.** A dangling reference points at memory that has been freed; a
//! local dies when its function returns, so a reference to it would dangle, and Rust refuses to compile it.
//!
//! - `fn dangle() -> &String` is E0106 (missing lifetime specifier): with no input reference there is
//!   nothing the result could borrow from. Proof: `cargo test -p basics --test compile_fail`
//! - Adding `<'a>` or `'static` only moves the error to the real problem: E0515, cannot return a
//!   reference to a local variable. Proof: `cargo test -p basics --test compile_fail`
//! - Within one function, a reference used after its referent's block ends is E0597 (does not live long
//!   enough). Proof: `cargo test -p basics --test compile_fail`
//! - The fixes: return the owned value, return a borrow of the caller's data (elision ties it to the
//!   input, and it points into the caller's string), or return a `&'static str`. Proof: `cargo test -p basics --lib borrowing::follow_up`
//!
//! # Run it
//! `cargo run --bin dangling_references`: the three fixes, each returning valid data.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - Cases: `tests/ui/borrowing/dangle_without_lifetime.rs`, `dangle_with_lifetime.rs`,
//!   `dangle_static.rs`, `outlives_its_scope.rs`.
//! - [`first_word`]'s signature with elision written out: `fn first_word<'a>(text: &'a str) -> &'a str`
//!   (Q13 has the rules).

pub fn main() {
    let owned = no_dangle();
    println!("no_dangle() returned an owned String: {owned:?}");

    let sentence = String::from("borrowed from the caller");
    let word = first_word(&sentence);
    println!("first_word(&sentence) = {word:?} (valid while `sentence` lives)");

    println!("default_currency() = {:?} ('static)", default_currency());
    // fn dangle() -> &String { let s = ...; &s }     // ❌ E0106 — tests/ui/borrowing/dangle_without_lifetime.rs
    // fn dangle<'a>() -> &'a String { ...; &s }      // ❌ E0515 — tests/ui/borrowing/dangle_with_lifetime.rs
    // let r; { let x = 5; r = &x; } println!("{r}"); // ❌ E0597 — tests/ui/borrowing/outlives_its_scope.rs
}

/// Returns the `String` itself: ownership moves out, nothing dangles.
// The named local is the point (it is what `dangle` would have borrowed), hence no `let_and_return`.
#[allow(clippy::let_and_return)]
pub fn no_dangle() -> String {
    let s = String::from("hello");
    s
}

/// Returns a borrow of the caller's data. Elision gives it the input's lifetime:
/// `fn first_word<'a>(text: &'a str) -> &'a str`.
pub fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

/// String literals are stored in the binary, so a reference to one is valid for the whole program.
pub fn default_currency() -> &'static str {
    "INR"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fixes_return_valid_data() {
        assert_eq!(no_dangle(), "hello");
        let sentence = String::from("hello world");
        assert_eq!(first_word(&sentence), "hello");
        assert_eq!(first_word("   "), "");
        assert_eq!(default_currency(), "INR");
    }

    #[test]
    fn a_borrow_returned_by_first_word_points_into_the_callers_string() {
        let sentence = String::from("hello world");
        let word = first_word(&sentence);
        assert_eq!(word.as_ptr(), sentence.as_ptr(), "no copy was made");
    }
}
