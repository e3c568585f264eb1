// Q5, the right half of tests/ui/ownership/use_after_move.rs: `clone()` when both names must stay
// usable (a deep copy of the heap buffer), so `s1` is still the owner of its own String.
fn main() {
    let s1 = String::from("hello");
    let s2 = s1.clone();
    println!("{}", s1);
    assert_eq!(s1, s2);
}
