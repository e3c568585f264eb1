// Q2, the right half of tests/ui/mutability_shadowing/assign_twice_to_immutable.rs: declare the
// binding `mut` to reassign it (or shadow it with a new `let`).
fn main() {
    let mut name = "Alice";
    println!("{name}");
    name = "Bob";
    println!("{name}");
    assert_eq!(name, "Bob");
}
