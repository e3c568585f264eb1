// Q9 follow-up, the right half of tests/ui/enums_match/option_has_no_string_methods.rs: reach the
// String through the Option, handling `None` (here with `map` and a default).
fn main() {
    let maybe_name: Option<String> = Some("ada".to_string());
    let shout = maybe_name.map(|n| n.to_uppercase()).unwrap_or_default();
    println!("{shout}");
    assert_eq!(shout, "ADA");
}
