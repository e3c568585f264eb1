// Q14, the right half of tests/ui/closures/use_after_move_into_closure.rs: clone before the `move`
// closure when `main` still needs the value.
fn main() {
    let name = String::from("Alice");
    let for_closure = name.clone();
    let greet = move || format!("Hello, {}!", for_closure);
    println!("{}", greet());
    println!("{}", name);
    assert_eq!(greet(), "Hello, Alice!");
}
