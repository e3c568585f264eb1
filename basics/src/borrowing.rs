//! Q6 — Borrowing: use a value without owning it, through any number of shared references (`&T`) or
//! exactly one exclusive reference (`&mut T`), never both at once, and never outliving the value.
//!
//! Run `cargo run --bin borrowing`. The three lines are the guide's output: two reads through `&f64`, then
//! one write through `&mut f64` (5% interest on ₹1000.00), after which the owner sees the new value.
//!
//! Compile-fail cases in `tests/ui/borrowing/`:
//! - `shared_and_mutable_at_once.rs`: the guide's ❌ block, a `&mut` while a `&` is still used later, is
//!   E0502. The right half is [`borrows_end_at_last_use`]: the same two borrows compile once the shared
//!   one is no longer used (non-lexical lifetimes end a borrow at its last use, not at the closing brace).
//! - `read_while_mutably_borrowed.rs`: the guide's mistake section says `&mut` means *exclusive*, not
//!   "mutable": even a plain read of the owner while a `&mut` is live is rejected (E0502).
//!
//! The guide's story (a data race in a connection pool, rejected at compile time) is about threads; the
//! thread version of these rules (`Send`/`Sync`, `Mutex`) comes with the concurrency questions.
//!
//! Follow-up (returning a reference to a local, dangling references): [`follow_up`],
//! `cargo run --bin dangling_references`.

/// The guide's example.
pub fn main() {
    let mut account_balance = 1000.0_f64;

    // Shared (immutable) borrow — multiple readers OK
    print_balance(&account_balance);
    print_balance(&account_balance); // ✅ multiple & borrows fine

    // Mutable borrow — exclusive access
    apply_interest(&mut account_balance, 5.0);
    println!("After interest: ₹{:.2}", account_balance);

    // ❌ Cannot have & and &mut at the same time — tests/ui/borrowing/shared_and_mutable_at_once.rs (E0502)
    // let r1 = &account_balance;
    // let r2 = &mut account_balance; // ERROR: cannot borrow as mutable
    // println!("{}", r1); // because immutable borrow is still active
}

/// Read-only access through a shared reference.
pub fn print_balance(balance: &f64) {
    println!("Balance: ₹{:.2}", balance);
}

/// Exclusive access through a mutable reference; `*` dereferences to write the owner's value.
pub fn apply_interest(balance: &mut f64, rate: f64) {
    *balance += *balance * rate / 100.0;
}

/// The right half of the guide's ❌ block: a shared borrow followed by a mutable one is fine when the
/// shared one is not used after the mutable one starts. Returns (value read through `r1`, final value).
pub fn borrows_end_at_last_use(mut account_balance: f64) -> (f64, f64) {
    let r1 = &account_balance;
    let seen = *r1; // last use of r1: its borrow ends here
    let r2 = &mut account_balance;
    *r2 += 1.0;
    (seen, account_balance)
}

/// Follow-up: what happens when you return a reference to a local variable? What is a dangling reference?
///
/// A dangling reference points at memory that has been freed. A local lives in the function's stack frame
/// and is dropped when the function returns, so a reference to it would dangle. Rust rejects it, and what
/// the compiler says depends on how you write it (cases in `tests/ui/borrowing/`):
///
/// - `fn dangle() -> &String` with no parameters: E0106, *missing lifetime specifier*. With no input
///   reference there is nothing the output could borrow from, so elision has no answer.
/// - Adding a lifetime to silence that, `fn dangle<'a>() -> &'a String` or `-> &'static String`: E0515,
///   *cannot return reference to local variable*: now the real problem is reported.
/// - Inside one function: `r = &x;` in an inner block and `r` used after the block: E0597, *`x` does not
///   live long enough*.
///
/// The fixes, all in this module and shown by `cargo run --bin dangling_references`: return the owned
/// value ([`follow_up::no_dangle`], ownership moves to the caller); return a borrow of something the caller
/// owns ([`follow_up::first_word`], lifetime elision ties the output to the input); or return data that
/// lives for the whole program ([`follow_up::default_currency`], a `&'static str` literal).
pub mod follow_up {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interest_is_applied_through_the_mutable_reference() {
        let mut balance = 1000.0;
        apply_interest(&mut balance, 5.0);
        assert_eq!(balance, 1050.0);
    }

    #[test]
    fn a_shared_borrow_ends_at_its_last_use() {
        assert_eq!(borrows_end_at_last_use(10.0), (10.0, 11.0));
    }
}
