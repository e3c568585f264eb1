//! **Q1 · What Rust is.** A compiled systems language that gives memory safety without a garbage
//! collector: ownership and borrowing rules, checked by the compiler, replace a collector at run time.
//!
//! - Use-after-move (E0382) and dangling references (E0515, E0597) are compile errors, not crashes; so is
//!   sharing an `Rc` across threads (E0277, Q26: `cargo test -p advanced --test compile_fail`). Proof: `cargo test -p basics --test compile_fail`
//! - No collector runs: the compiler inserts each drop where its owner's scope ends, so memory, files and
//!   sockets are released at known points, with no pauses. Proof: `cargo test -p basics --lib what_is_rust::follow_up`
//! - Even the guide's loop shows the rules: `for lang in &languages` borrows the vector (each `lang` is a
//!   `&&str`), so it is still usable after the loop. Proof: `cargo test -p basics --lib what_is_rust::tests`
//!
//! # Run it
//! `cargo run --bin what_is_rust`: the guide's one line; `main` then passes the same vector to
//! [`memory_safe_without_gc`], which it could not do if the loop had consumed it.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - `lang.starts_with('R')` works on a `&&str` because a method call auto-dereferences its receiver
//!   twice to reach `str::starts_with`.
//! - The guide's mistake is a framing ("a faster Python"), not code, so there is no compile-fail case.
//! - Discord's and Cloudflare's figures are listed as not measurable in `performance/CLAIMS.md`.
//!
//! # Follow-up
//! What is the ownership model, and how does it differ from garbage collection? [`follow_up`],
//! `cargo run --bin ownership_vs_gc`.

pub mod follow_up;

/// The guide's example.
pub fn main() {
    // Rust reads clearly and compiles to fast native code
    let languages = vec!["Rust", "Go", "C++", "Python"];
    for lang in &languages {
        // `lang` is `&&str`: the loop borrows the vector instead of consuming it.
        if lang.starts_with('R') {
            println!("{} is memory-safe without a GC!", lang);
        }
    }
    // The vector was only borrowed by the loop, so it can still be used here.
    assert_eq!(memory_safe_without_gc(&languages), ["Rust"]);
}

/// The loop of [`main`] as a function: the names in `languages` that start with `R`.
///
/// The returned slices borrow from the caller's strings (no copies), which the lifetime `'a` states.
pub fn memory_safe_without_gc<'a>(languages: &[&'a str]) -> Vec<&'a str> {
    languages
        .iter()
        .copied()
        .filter(|lang| lang.starts_with('R'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rust_starts_with_r() {
        assert_eq!(
            memory_safe_without_gc(&["Rust", "Go", "C++", "Python"]),
            ["Rust"]
        );
        assert!(memory_safe_without_gc(&["rust"]).is_empty(), "case matters");
    }
}
