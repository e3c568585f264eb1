// Q8, the guide's ❌ line: `close(self)` takes ownership, so the account is gone afterwards.
use basics::structs::BankAccount;

fn main() {
    let mut acc = BankAccount::new("Priya", 5000.0);
    acc.deposit(1500.0);
    let final_balance = acc.close();
    acc.display(); // E0382: borrow of moved value: `acc`
    println!("{final_balance}");
}
