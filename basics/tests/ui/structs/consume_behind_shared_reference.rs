// Q8 follow-up: the receiver error met most in real code. A `&self` method only borrows the value, so
// it cannot call a method that takes `self` (that would move the value out from behind the borrow).
// Fixes: take `self` in `report` too, make `close` take `&self`, or clone.
struct Account {
    balance: f64,
}

impl Account {
    fn close(self) -> f64 {
        self.balance
    }

    fn report(&self) -> f64 {
        self.close() // E0507: cannot move out of `*self` which is behind a shared reference
    }
}

fn main() {
    let acc = Account { balance: 10.0 };
    println!("{}", acc.report());
}
