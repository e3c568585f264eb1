// Q6, the right half of tests/ui/borrowing/read_while_mutably_borrowed.rs: finish with the `&mut`
// before reading the owner again; the exclusive borrow ends at its last use.
fn main() {
    let mut account_balance = 1000.0_f64;
    let exclusive = &mut account_balance;
    *exclusive += 50.0;
    println!("{}", account_balance);
    assert_eq!(account_balance, 1050.0);
}
