// Q2, the guide's mistake: `mut` allows a new value of the SAME type, not a new type.
// The right half (`let x = "hello"; let x = 5;`) is basics::mutability_shadowing::shadow_with_new_type.
fn main() {
    let mut x = "hello";
    x = 5; // E0308: mismatched types, expected `&str`, found integer
    println!("{x}");
}
