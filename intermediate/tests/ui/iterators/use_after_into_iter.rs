//! Q15 follow-up: `into_iter()` (and `for name in names`) takes the `Vec` by value; its elements are
//! moved out and `names` cannot be used afterwards: E0382. Use `iter()` / `for name in &names` to keep it.
fn main() {
    let names = vec![String::from("ferris"), String::from("corro")];
    let moved: Vec<String> = names.into_iter().collect();
    println!("{moved:?}");
    println!("{names:?}");
}
