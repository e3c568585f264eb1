// Q10, the right half of tests/ui/option_result/question_mark_in_unit_main.rs: `main` returns a
// Result, so `?` has somewhere to send the error.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let age: u8 = "28".parse()?;
    println!("{age}");
    assert_eq!(age, 28);
    Ok(())
}
