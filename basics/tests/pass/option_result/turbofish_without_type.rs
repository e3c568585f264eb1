// Q10, the right half of tests/ui/option_result/turbofish_without_type.rs: the turbofish names the
// type to parse into.
fn main() {
    let contents = String::from("28");
    let age = contents.parse::<u8>().unwrap();
    println!("{age}");
    assert_eq!(age, 28);
}
