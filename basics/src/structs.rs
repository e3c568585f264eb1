//! **Q8 · Structs and `impl`.** A struct groups named fields (or positional ones, or none); its `impl`
//! block holds associated functions like `new` (no `self`) and methods whose receiver says what they do:
//! `&self` reads, `&mut self` changes, `self` consumes.
//!
//! - `close(self)` takes the account, so `acc.display()` afterwards is E0382. Proof: `cargo test -p basics --test compile_fail`
//! - Tuple structs (`Color(u8, u8, u8)`) and unit structs (`Marker`, 0 bytes) are the other two forms. Proof: `cargo test -p basics --lib structs::tests::tuple_and_unit_structs`
//! - There is no struct inheritance: a `SavingsAccount` *contains* a `BankAccount`, and both share
//!   behaviour through the `Account` trait. Proof: `cargo test -p basics --lib structs::tests::composition_and_traits_replace_inheritance`
//! - A `Vec` of structs is one contiguous block: 100 000 `Position`s are 1 allocation, boxed ones
//!   100 001. Proof: `cargo test -p basics --lib structs::tests::contiguous_structs_take_one_allocation`
//!
//! # Run it
//! `cargo run --bin structs`: the guide's line, `close()`'s message and returned balance, the other
//! struct forms, composition, then the two layouts' allocations.
//!
//! # Differences from the guide
//! - `final_balance` is printed: [ERRATA.md, Q8](../../ERRATA.md#q8).
//!
//! # More to explore
//! - `BankAccount` has an inherent `summary` and the `Account` trait's `summary`: `acc.summary()` picks
//!   the inherent one; `Account::summary(&acc)` names the trait's.
//! - The guide's 60 FPS belongs to its engine; the contiguous layout is what is measured here
//!   (`performance/CLAIMS.md` row 6), not its cache speed.
//! - Balances are `f64`, as in the guide. Real ledgers store integer minor units (paise, cents): `f64`
//!   cannot represent most decimal fractions exactly (`0.1 + 0.2 != 0.3`).
//!
//! # Follow-up
//! What is the difference between `self`, `&self` and `&mut self`? [`follow_up`],
//! `cargo run --bin self_receivers`.

pub mod follow_up;

/// The guide's example.
pub fn main() {
    let mut acc = BankAccount::new("Priya", 5000.0);
    acc.deposit(1500.0);
    acc.display(); // Priya: ₹6500.00 (active)

    let final_balance = acc.close();
    println!("Final balance: ₹{:.2}", final_balance);
    // acc.display(); // ❌ E0382 — tests/ui/structs/use_after_close.rs

    let rust_orange = Color(222, 165, 132);
    println!(
        "tuple struct: {:?}, red = {}; unit struct: {:?}, {} bytes",
        rust_orange,
        rust_orange.0,
        Marker,
        std::mem::size_of::<Marker>()
    );

    // Composition + trait instead of inheritance.
    let mut savings = SavingsAccount {
        account: BankAccount::new("Arjun", 10_000.0),
        interest_rate: 4.0,
    };
    savings.add_interest();
    let current = BankAccount::new("Meera", 2500.0);
    let accounts: [&dyn Account; 2] = [&savings, &current];
    for account in accounts {
        println!("{}", account.summary());
    }
    println!("Total: ₹{:.2}", total_balance(&accounts));

    // The layout behind the guide's game-engine story.
    let ((inline_allocs, inline_bytes), (boxed_allocs, boxed_bytes)) = layout_costs(100_000);
    println!(
        "size_of::<Position>() = {} bytes",
        std::mem::size_of::<Position>()
    );
    println!(
        "100000 positions in a Vec<Position>:      {inline_allocs} allocation(s), {inline_bytes} bytes"
    );
    println!(
        "100000 positions in a Vec<Box<Position>>: {boxed_allocs} allocation(s), {boxed_bytes} bytes"
    );
}

/// The guide's struct.
#[derive(Debug)]
pub struct BankAccount {
    holder: String,
    balance: f64,
    is_active: bool,
}

impl BankAccount {
    /// Associated function (constructor) — no `self`.
    pub fn new(holder: &str, initial_deposit: f64) -> Self {
        Self {
            holder: holder.to_string(),
            balance: initial_deposit,
            is_active: true,
        }
    }

    /// What [`display`](Self::display) prints, as a value tests can check.
    pub fn summary(&self) -> String {
        format!(
            "{}: ₹{:.2} ({})",
            self.holder,
            self.balance,
            if self.is_active { "active" } else { "closed" }
        )
    }

    /// Method — borrows `self` immutably.
    pub fn display(&self) {
        println!("{}", self.summary());
    }

    /// Method — borrows `self` mutably.
    pub fn deposit(&mut self, amount: f64) {
        self.balance += amount;
    }

    /// Method — consumes `self` (takes ownership); the account cannot be used afterwards.
    pub fn close(self) -> f64 {
        println!("Closing account for {}", self.holder);
        self.balance // return final balance
    }

    /// Read access for other modules (the fields are private, as they would be in production code).
    pub fn balance(&self) -> f64 {
        self.balance
    }

    /// The holder's name, borrowed from the account.
    pub fn holder(&self) -> &str {
        &self.holder
    }
}

/// Tuple struct: fields by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Color(pub u8, pub u8, pub u8);

/// Unit struct: no fields, no size; useful as a marker or a type to hang trait impls on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker;

/// Shared behaviour, the Rust replacement for a base class.
pub trait Account {
    fn summary(&self) -> String;
    fn balance(&self) -> f64;
}

impl Account for BankAccount {
    fn summary(&self) -> String {
        BankAccount::summary(self)
    }
    fn balance(&self) -> f64 {
        self.balance
    }
}

/// Composition instead of inheritance: a savings account *has* a bank account.
#[derive(Debug)]
pub struct SavingsAccount {
    pub account: BankAccount,
    pub interest_rate: f64,
}

impl SavingsAccount {
    /// Credits a year's interest through the inner account's own `deposit`.
    pub fn add_interest(&mut self) {
        let interest = self.account.balance * self.interest_rate / 100.0;
        self.account.deposit(interest);
    }
}

impl Account for SavingsAccount {
    fn summary(&self) -> String {
        format!(
            "{} [savings, {}%]",
            self.account.summary(),
            self.interest_rate
        )
    }
    fn balance(&self) -> f64 {
        self.account.balance
    }
}

/// Works for any account: dynamic dispatch over the trait, no class hierarchy.
pub fn total_balance(accounts: &[&dyn Account]) -> f64 {
    accounts.iter().map(|a| a.balance()).sum()
}

/// A small `Copy` component, as in the guide's entity-component story.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Position {
    pub x: f32,
    pub y: f32,
}

/// (allocations, bytes) for `n` positions stored inline in one `Vec`, and for `n` boxed positions.
///
/// # Panics
/// If the counting allocator is not installed (see [`crate::alloc_counter::count_allocations`]).
pub fn layout_costs(n: usize) -> ((usize, usize), (usize, usize)) {
    use crate::alloc_counter::count_allocations;
    let (inline, inline_stats) = count_allocations(|| vec![Position::default(); n]);
    let (boxed, boxed_stats) = count_allocations(|| {
        let mut v: Vec<Box<Position>> = Vec::with_capacity(n);
        v.extend((0..n).map(|_| Box::new(Position::default())));
        v
    });
    drop((inline, boxed));
    (
        (inline_stats.allocations, inline_stats.bytes),
        (boxed_stats.allocations, boxed_stats.bytes),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guides_sequence() {
        let mut acc = BankAccount::new("Priya", 5000.0);
        acc.deposit(1500.0);
        assert_eq!(acc.summary(), "Priya: ₹6500.00 (active)");
        assert_eq!(acc.close(), 6500.0);
    }

    #[test]
    fn a_closed_account_reads_closed() {
        let acc = BankAccount {
            holder: "X".into(),
            balance: 0.0,
            is_active: false,
        };
        assert_eq!(acc.summary(), "X: ₹0.00 (closed)");
        assert_eq!(acc.holder(), "X");
    }

    #[test]
    fn composition_and_traits_replace_inheritance() {
        let mut savings = SavingsAccount {
            account: BankAccount::new("Arjun", 10_000.0),
            interest_rate: 4.0,
        };
        savings.add_interest();
        assert_eq!(Account::balance(&savings), 10_400.0);
        let current = BankAccount::new("Meera", 2500.0);
        assert_eq!(total_balance(&[&savings, &current]), 12_900.0);
    }

    #[test]
    fn contiguous_structs_take_one_allocation() {
        assert_eq!(std::mem::size_of::<Position>(), 8);
        assert_eq!(
            layout_costs(100_000),
            ((1, 800_000), (100_001, 800_000 + 800_000))
        );
    }

    #[test]
    fn tuple_and_unit_structs() {
        let c = Color(1, 2, 3);
        assert_eq!((c.0, c.1, c.2), (1, 2, 3));
        assert_eq!(std::mem::size_of::<Marker>(), 0);
    }
}
