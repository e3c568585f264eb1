// Q8 follow-up: `&mut self` needs exclusive access; a `&str` borrowed from the account by a `&self`
// method is still alive across the call.
use basics::structs::BankAccount;

fn main() {
    let mut acc = BankAccount::new("Priya", 5000.0);
    let holder = acc.holder(); // shared borrow of `acc`
    acc.deposit(1500.0); // E0502: cannot borrow `acc` as mutable because it is also borrowed as immutable
    println!("{holder}");
}
