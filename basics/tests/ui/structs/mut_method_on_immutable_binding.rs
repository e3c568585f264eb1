// Q8 follow-up: a `&mut self` method needs a mutable binding.
use basics::structs::BankAccount;

fn main() {
    let acc = BankAccount::new("Priya", 5000.0);
    acc.deposit(1500.0); // E0596: cannot borrow `acc` as mutable, as it is not declared as mutable
    acc.display();
}
