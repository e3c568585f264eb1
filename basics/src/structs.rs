//! Q8 — Structs group named fields (or positional ones, or none), and `impl` blocks give them associated
//! functions (`new`, no `self`) and methods whose receiver says what they do with the value: `&self` reads,
//! `&mut self` changes, `self` consumes.
//!
//! Run `cargo run --bin structs`. `Priya: ₹6500.00 (active)` is the guide's output; `close()` then prints
//! its message and the final balance it returned (the guide stores `final_balance` and never uses it).
//! The lines after that show the two other kinds of struct the guide lists (tuple struct `Color`, unit
//! struct `Marker`) and the answer to the guide's common mistake: Rust has no struct inheritance, so a
//! savings account *contains* a [`BankAccount`] (composition) and both share behaviour through the
//! [`Account`] trait.
//!
//! The guide's ❌ line, `acc.display()` after `acc.close()`, is E0382 (borrow of moved value): `close(self)`
//! took ownership. Case: `tests/ui/structs/use_after_close.rs`.
//!
//! The guide's game-engine story credits 100K entities at 60 FPS to structs being laid out contiguously.
//! The frame rate belongs to that engine; the layout is measurable here (counting allocator, deterministic;
//! `cargo run --bin structs`, last lines, and the tests): a [`Position`] is 8 bytes, 100 000 of them in a
//! `Vec<Position>` are 1 allocation of 800 000 bytes in one block, while the "one heap object per entity"
//! layout, `Vec<Box<Position>>`, makes 100 001 allocations.
//!
//! Like the guide, balances are `f64` here. Real ledgers store integer minor units (paise, cents): `f64`
//! cannot represent most decimal fractions exactly (`0.1 + 0.2 != 0.3`).
//!
//! Follow-up (`self`, `&self`, `&mut self`): [`follow_up`], `cargo run --bin self_receivers`.

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

/// Follow-up: what is the difference between `self`, `&self` and `&mut self`?
///
/// The receiver is the method's first parameter and follows the borrowing rules like any other:
///
/// - `&self` (`self: &Self`) borrows immutably. Any number of callers may do it at once, and it works on a
///   binding without `mut`. For getters, formatting, queries.
/// - `&mut self` (`self: &mut Self`) borrows exclusively. The binding must be `mut`
///   (`tests/ui/structs/mut_method_on_immutable_binding.rs`, E0596), and no shared borrow may be alive
///   across the call (`tests/ui/structs/mut_method_while_borrowed.rs`, E0502). For changes in place.
/// - `self` (`self: Self`) takes ownership: the caller's variable is moved and unusable afterwards
///   (E0382, the main example's ❌). For conversions and ends of life: `close`, `into_*`, builders that
///   return `Self`, turning one state into another.
///
/// `acc.deposit(100.0)` is sugar for `BankAccount::deposit(&mut acc, 100.0)`: the compiler adds the `&` or
/// `&mut` the receiver asks for (auto-referencing). `cargo run --bin self_receivers` shows all three,
/// including a `&mut self` method that can fail without consuming anything ([`BankAccount::withdraw`]).
pub mod follow_up {
    use super::BankAccount;

    /// Why a withdrawal was refused.
    #[derive(Debug, PartialEq)]
    pub enum WithdrawError {
        NotPositive(f64),
        Insufficient { balance: f64, requested: f64 },
    }

    impl std::fmt::Display for WithdrawError {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            match self {
                WithdrawError::NotPositive(amount) => {
                    write!(f, "amount must be positive, got {amount:.2}")
                }
                WithdrawError::Insufficient { balance, requested } => write!(
                    f,
                    "insufficient funds: balance ₹{balance:.2}, requested ₹{requested:.2}"
                ),
            }
        }
    }

    impl std::error::Error for WithdrawError {}

    impl BankAccount {
        /// A `&mut self` method that validates its input: the account changes only on success and stays
        /// usable after an error (nothing is consumed).
        pub fn withdraw(&mut self, amount: f64) -> Result<f64, WithdrawError> {
            if amount.is_nan() || amount <= 0.0 {
                return Err(WithdrawError::NotPositive(amount));
            }
            if amount > self.balance {
                return Err(WithdrawError::Insufficient {
                    balance: self.balance,
                    requested: amount,
                });
            }
            self.balance -= amount;
            Ok(self.balance)
        }

        /// A `self` method used as a builder step: takes the account, returns it changed, so calls chain.
        pub fn with_deposit(mut self, amount: f64) -> Self {
            self.deposit(amount);
            self
        }
    }

    pub fn main() {
        // &self: works on an immutable binding, and many shared borrows can coexist.
        let acc = BankAccount::new("Priya", 5000.0);
        let (r1, r2) = (&acc, &acc);
        println!("&self: {} | {}", r1.summary(), r2.summary());
        println!(
            "&self: acc.summary() == BankAccount::summary(&acc): {}",
            acc.summary() == BankAccount::summary(&acc)
        );

        // &mut self: needs a `mut` binding and exclusive access for the duration of the call.
        let mut acc = acc; // re-bind as mutable (a move, not a copy)
        acc.deposit(1500.0);
        BankAccount::deposit(&mut acc, 500.0); // what `acc.deposit(500.0)` means
        println!("&mut self: after two deposits: {}", acc.summary());
        for amount in [10_000.0, -5.0, 2000.0] {
            match acc.withdraw(amount) {
                Ok(left) => println!("&mut self: withdraw({amount:.2}) -> ok, ₹{left:.2} left"),
                Err(e) => println!("&mut self: withdraw({amount:.2}) -> error: {e}"),
            }
        }

        // self: consumes. Builders return the value so calls chain.
        let acc = acc.with_deposit(1000.0);
        let final_balance = acc.close(); // `acc` is gone after this line
        println!("self: close() returned ₹{final_balance:.2}; acc can no longer be used");
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn withdraw_changes_the_account_only_on_success() {
            let mut acc = BankAccount::new("Priya", 100.0);
            assert_eq!(
                acc.withdraw(150.0),
                Err(WithdrawError::Insufficient {
                    balance: 100.0,
                    requested: 150.0
                })
            );
            assert_eq!(acc.withdraw(0.0), Err(WithdrawError::NotPositive(0.0)));
            assert!(matches!(
                acc.withdraw(f64::NAN),
                Err(WithdrawError::NotPositive(_))
            ));
            assert_eq!(acc.balance(), 100.0, "failed withdrawals change nothing");
            assert_eq!(acc.withdraw(40.0), Ok(60.0));
        }

        #[test]
        fn errors_read_well() {
            let e = WithdrawError::Insufficient {
                balance: 10.0,
                requested: 20.0,
            };
            assert_eq!(
                e.to_string(),
                "insufficient funds: balance ₹10.00, requested ₹20.00"
            );
        }

        #[test]
        fn a_consuming_builder_step_returns_the_changed_value() {
            let acc = BankAccount::new("A", 1.0).with_deposit(2.0);
            assert_eq!(acc.close(), 3.0);
        }
    }
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
