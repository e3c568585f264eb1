// Q6, the guide's ❌ block: a mutable borrow while a shared borrow is still going to be used.
// The right half (shared borrow no longer used) is basics::borrowing::borrows_end_at_last_use.
fn main() {
    let mut account_balance = 1000.0_f64;
    let r1 = &account_balance;
    let r2 = &mut account_balance; // E0502: cannot borrow as mutable because it is also borrowed as immutable
    *r2 += 1.0;
    println!("{}", r1); // the shared borrow is still active here
}
