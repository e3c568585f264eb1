// Q6, the guide's mistake: `&mut` means exclusive access. Even reading the owner is refused while a
// `&mut` to it is live.
fn main() {
    let mut account_balance = 1000.0_f64;
    let exclusive = &mut account_balance;
    println!("{}", account_balance); // E0502: cannot borrow as immutable because it is also borrowed as mutable
    *exclusive += 50.0;
}
