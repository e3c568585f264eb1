//! **Q6 · Borrowing.** A reference uses a value without owning it: any number of shared `&T` or exactly one
//! exclusive `&mut T`, never both at once, and never outliving the value.
//!
//! - Many readers: `print_balance(&account_balance)` twice is fine. Proof: `cargo run --bin borrowing`
//! - One writer: `apply_interest(&mut account_balance, 5.0)` changes the owner's value through `*`. Proof: `cargo test -p basics --lib borrowing::tests::interest_is_applied_through_the_mutable_reference`
//! - A `&mut` while a `&` is still used later is E0502; `&mut` means *exclusive*, so even a plain read of
//!   the owner during it is rejected. Proof: `cargo test -p basics --test compile_fail`
//! - A borrow ends at its last use, not at the closing brace (non-lexical lifetimes), so the same two
//!   borrows compile in the other order. Proof: `cargo test -p basics --lib borrowing::tests::a_shared_borrow_ends_at_its_last_use`
//!
//! # Run it
//! `cargo run --bin borrowing`: two reads through `&f64`, one write through `&mut f64` (5% interest on
//! ₹1000.00), then the owner sees the new value.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - Cases: `tests/ui/borrowing/shared_and_mutable_at_once.rs` (the guide's ❌ block),
//!   `read_while_mutably_borrowed.rs` (the "exclusive, not mutable" point).
//! - Shared means "no one mutates", with one exception: interior mutability (`Cell`, `RefCell`, `Mutex`)
//!   mutates through `&` under its own rules (Q20).
//! - The guide's data-race story is the thread version of these rules: `Send`/`Sync` (Q26).
//!
//! # Follow-up
//! What happens when you return a reference to a local variable, and what is a dangling reference?
//! [`follow_up`], `cargo run --bin dangling_references`.

pub mod follow_up;

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
