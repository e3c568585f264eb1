// Q3: choosing an unsigned type is an API contract; a negative value is not even expressible.
fn main() {
    let reading: u16 = -1; // E0600: cannot apply unary operator `-` to type `u16`
    println!("{reading}");
}
