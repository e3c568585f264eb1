// Q14 follow-up, the right half of tests/ui/closures/return_closure_without_move.rs: `move` copies `n`
// into the closure, so the closure no longer borrows the function's parameter.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    println!("{}", make_adder(5)(10));
    assert_eq!(make_adder(5)(10), 15);
}
