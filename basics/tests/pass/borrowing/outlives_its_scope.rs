// Q6 follow-up, the right half of tests/ui/borrowing/outlives_its_scope.rs: the value lives at least
// as long as the reference (declared in the outer scope).
fn main() {
    let x = 5;
    let r;
    {
        r = &x;
    }
    println!("{r}");
    assert_eq!(*r, 5);
}
