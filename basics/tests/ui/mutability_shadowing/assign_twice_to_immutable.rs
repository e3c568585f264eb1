// Q2: variables are immutable by default; assigning to a plain `let` binding is rejected.
fn main() {
    let name = "Alice";
    name = "Bob"; // E0384: cannot assign twice to immutable variable
    println!("{name}");
}
