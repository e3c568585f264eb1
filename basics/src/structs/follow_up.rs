//! **Q8 follow-up · `self`, `&self`, `&mut self`.** The receiver is the method's first parameter and obeys
//! the borrowing rules like any other: `&self` borrows shared, `&mut self` borrows exclusively, `self`
//! takes ownership.
//!
//! - `&self`: many callers at once, even through an immutable binding; for reads. `acc.summary()` is
//!   `BankAccount::summary(&acc)`: the compiler adds the `&`. Proof: `cargo run --bin self_receivers`
//! - `&mut self` needs a mutable place (E0596 on a plain `let`; a `&mut BankAccount` parameter needs no
//!   `mut`) and no live shared borrow (E0502). Proof: `cargo test -p basics --test compile_fail`
//! - `self` moves the value in: for `close`, `into_*` and builders. On a `Copy` type the caller keeps its
//!   copy, which is why `f64::abs(self)` is harmless. Proof: `cargo test -p basics --lib structs::follow_up::tests::a_self_method_on_a_copy_type_leaves_the_caller_usable`
//! - A consuming call inside a `&self` method is E0507 (cannot move out of `*self` behind a shared
//!   reference): the classic real-world receiver error. Proof: `cargo test -p basics --test compile_fail`
//!
//! # Run it
//! `cargo run --bin self_receivers`: the three receivers in turn, including a `&mut self` method that can
//! fail without consuming anything ([`BankAccount::withdraw`]).
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - `mut self` in [`BankAccount::with_deposit`] is a binding mode inside the method, not part of the
//!   signature: callers see `self`.
//! - Other receivers: `self: Box<Self>`, `self: Rc<Self>`, `self: Pin<&mut Self>` (Q24).
//! - Cases: `tests/ui/structs/mut_method_on_immutable_binding.rs`, `mut_method_while_borrowed.rs`,
//!   `consume_behind_shared_reference.rs`.

use super::{BankAccount, Color};

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

impl Color {
    /// A `self` method on a `Copy` type: the caller's value is copied in, so it stays usable.
    pub fn inverted(self) -> Color {
        Color(255 - self.0, 255 - self.1, 255 - self.2)
    }
}

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

    /// `&mut self` through a `&mut` parameter: the place is mutable, so `account` itself needs no `mut`.
    pub fn pay_fee(account: &mut BankAccount, fee: f64) {
        account.deposit(-fee);
    }

    /// A `self` method used as a builder step: takes the account, returns it changed, so calls chain.
    pub fn with_deposit(mut self, amount: f64) -> Self {
        self.deposit(amount);
        self
    }
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
    fn a_self_method_on_a_copy_type_leaves_the_caller_usable() {
        let orange = Color(222, 165, 132);
        let inverted = orange.inverted(); // `orange` is copied, not moved
        assert_eq!(inverted, Color(33, 90, 123));
        assert_eq!(orange.0, 222, "still usable");
        let x = -2.5_f64;
        assert_eq!((x.abs(), x), (2.5, -2.5));
    }

    #[test]
    fn a_mut_reference_parameter_needs_no_mut_binding() {
        let mut acc = BankAccount::new("Priya", 100.0);
        BankAccount::pay_fee(&mut acc, 10.0);
        assert_eq!(acc.balance(), 90.0);
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
