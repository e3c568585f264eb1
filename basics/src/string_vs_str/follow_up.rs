//! **Q7 follow-up · Deref coercion.** `String` implements `Deref<Target = str>`, so where a `&str` is
//! expected the compiler turns a `&String` into `&*name`, a `&str` pointing at the same bytes.
//!
//! - It happens at coercion sites (arguments, `let` with a type, returns) and chains: `&Box<String>` and
//!   `&Rc<String>` reach `&str`, `&Vec<u8>` reaches `&[u8]`. Proof: `cargo test -p basics --lib string_vs_str::follow_up::tests::every_kind_of_reference_coerces_to_str`
//! - It copies nothing: the `&str` points into the `String`'s buffer. Proof: `cargo test -p basics --lib string_vs_str::follow_up::tests::coercion_copies_nothing`
//! - Method calls try the receiver's own type first, then one deref further: `name.len()` is `String`'s
//!   own `len`, `name.to_uppercase()` is `str`'s; a path does not deref (`String::to_uppercase` is E0599). Proof: `cargo test -p basics --lib string_vs_str::follow_up::tests::method_lookup_tries_string_before_str`
//! - It does not happen for a value (E0308), in a pattern (E0308), or into a generic `&T` (E0277 `String:
//!   Shout` even though `str: Shout`). Proof: `cargo test -p basics --test compile_fail`
//!
//! # Run it
//! `cargo run --bin deref_coercion`: one `greet(&str)` reached from five kinds of reference, the shared
//! buffer, and which type's method each call found.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - The cases that do not coerce: `tests/ui/string_vs_str/no_coercion_from_a_value.rs` (write `&name`),
//!   `no_coercion_in_patterns.rs` (match on `name.as_str()`), `no_coercion_into_a_generic.rs` (pass
//!   `name.as_str()`, or implement the trait for `String` too), `no_deref_in_a_path.rs` (`str::to_uppercase`).
//! - [`Username`] derefs to `str` to show a user type joining in. std's "When to implement `Deref`" and the
//!   API guideline C-DEREF advise against this for newtypes: every `str` method leaks through (and can
//!   collide with the newtype's own, as `String::len` shadows `str::len`). For a newtype with an
//!   invariant, prefer `as_str()` or `AsRef<str>`.
//! - `&mut String` coerces to `&mut str` through `DerefMut`, the same way.

use std::ops::Deref;
use std::rc::Rc;

pub fn main() {
    let name = String::from("Alice");
    let boxed: Box<String> = Box::new(String::from("Boxed Bob"));
    let shared: Rc<String> = Rc::new(String::from("Shared Sam"));
    let user = Username::new("  Priya ").expect("a non-empty name");

    println!("&String      -> &str: {}", greet(&name)); // &String -> &str
    println!("&Box<String> -> &str: {}", greet(&boxed)); // &Box<String> -> &String -> &str
    println!("&Rc<String>  -> &str: {}", greet(&shared)); // &Rc<String> -> &String -> &str
    println!("&Username    -> &str: {}", greet(&user)); // our own Deref impl
    // Spelling out what the compiler inserts (clippy would tell us it is unnecessary, which is the point).
    #[allow(clippy::explicit_auto_deref)]
    let written_out = greet(&*name);
    println!("written out:          {written_out}");
    println!("as_str():             {}", greet(name.as_str())); // the explicit method

    let view: &str = &name;
    println!(
        "the &str shares the String's buffer: {}",
        same_buffer(view, &name)
    );
    // Method lookup: `String`'s own methods first (`String::len` is inherent), then `str`'s after a deref.
    let string_len: fn(&String) -> usize = String::len;
    println!(
        "method lookup, String first: name.len() = {} (String::len, a method of String itself)",
        string_len(&name)
    );
    println!(
        "method lookup, then str:     name.to_uppercase() = {} (str::to_uppercase, one deref)",
        str::to_uppercase(&name)
    );
    // String::to_uppercase(&name); // ❌ E0599 — tests/ui/string_vs_str/no_deref_in_a_path.rs

    let bytes: Vec<u8> = vec![1, 2, 3];
    println!("&Vec<u8> -> &[u8]: checksum = {}", checksum(&bytes));

    // Patterns do not coerce: match on the &str, not on &String.
    match name.as_str() {
        "Alice" => println!("match name.as_str(): matched \"Alice\""),
        _ => println!("match name.as_str(): someone else"),
    }
    // greet(name);                 // ❌ E0308 — tests/ui/string_vs_str/no_coercion_from_a_value.rs
    // match &name { "Alice" => .. } // ❌ E0308 — tests/ui/string_vs_str/no_coercion_in_patterns.rs
    // shout(&name);                // ❌ E0277 — tests/ui/string_vs_str/no_coercion_into_a_generic.rs
    println!("generic &T, name.as_str(): {}", shout(name.as_str()));

    println!("Username::new(\"   \") = {:?}", Username::new("   "));
}

/// A newtype that derefs to `str`, so it can be passed wherever a `&str` is expected.
#[derive(Debug)]
pub struct Username(String);

impl Username {
    /// Lower-cases the name; a username is never empty.
    pub fn new(raw: &str) -> Option<Self> {
        let name = raw.trim().to_lowercase();
        (!name.is_empty()).then_some(Username(name))
    }
}

impl Deref for Username {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// Takes `&str`: every call in [`main`] reaches it through a different coercion.
pub fn greet(name: &str) -> String {
    format!("Welcome, {name}!")
}

/// Takes `&[u8]`: `&Vec<u8>` coerces to it the same way.
pub fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().map(|&b| u32::from(b)).sum()
}

/// Whether `view` points at the first byte of `owner`: a coercion makes no copy.
pub fn same_buffer(view: &str, owner: &str) -> bool {
    view.as_ptr() == owner.as_ptr()
}

/// A trait implemented for `str` only, to show that a generic `&T` parameter does not coerce.
pub trait Shout {
    fn shout(&self) -> String;
}

impl Shout for str {
    fn shout(&self) -> String {
        format!("{}!", self.to_uppercase())
    }
}

/// Generic over `T`: the compiler picks `T` from the argument's type and never derefs to find one.
pub fn shout<T: Shout + ?Sized>(x: &T) -> String {
    x.shout()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_reference_coerces_to_str() {
        let name = String::from("Alice");
        let boxed = Box::new(String::from("Alice"));
        let shared = Rc::new(String::from("Alice"));
        let user = Username::new("ALICE").unwrap();
        for greeting in [greet(&name), greet(&boxed), greet(&shared)] {
            assert_eq!(greeting, "Welcome, Alice!");
        }
        assert_eq!(greet(&user), "Welcome, alice!", "Username lower-cases");
        #[allow(clippy::useless_vec)] // a `Vec` on purpose: `&Vec<u8>` is what is being coerced
        let bytes = vec![1, 2, 3];
        assert_eq!(checksum(&bytes), 6);
    }

    #[test]
    fn coercion_copies_nothing() {
        let name = String::from("Alice");
        let view: &str = &name;
        assert!(same_buffer(view, &name));
        let boxed = Box::new(String::from("Bob"));
        let through_box: &str = &boxed;
        assert_eq!(through_box.as_ptr(), boxed.as_ptr());
    }

    #[test]
    fn method_lookup_tries_string_before_str() {
        // `String::len` names a method of `String` itself: a path never derefs, so this line compiles
        // only because `String` has its own `len` (the E0599 case shows `to_uppercase` is not one).
        let string_len: fn(&String) -> usize = String::len;
        let str_len: fn(&str) -> usize = str::len;
        let name = String::from("Alice");
        assert_eq!(string_len(&name), str_len(&name));
        assert_eq!(name.to_uppercase(), str::to_uppercase(&name));
    }

    #[test]
    fn a_generic_parameter_takes_the_str_explicitly() {
        let name = String::from("Alice");
        assert_eq!(shout(name.as_str()), "ALICE!");
    }

    #[test]
    fn an_empty_username_is_rejected() {
        assert!(Username::new("  ").is_none());
    }
}
