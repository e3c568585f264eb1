// Q3, the right half of tests/ui/data_types/negative_unsigned.rs: a value that can be negative needs
// a signed type.
fn main() {
    let reading: i16 = -1;
    println!("{reading}");
    assert!(reading < 0);
}
