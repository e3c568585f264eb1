//! Q14 follow-up: a returned closure outlives the function's parameters. Without `move` it borrows `n`,
//! which dies when `make_adder` returns: E0373. `move |x| x + n` copies `n` into the closure.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n
}

fn main() {
    println!("{}", make_adder(5)(10));
}
