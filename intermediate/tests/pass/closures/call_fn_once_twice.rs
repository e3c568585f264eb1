// Q14, the right half of tests/ui/closures/call_fn_once_twice.rs: a closure that clones what it
// captured instead of giving it away is `Fn`, so it can be called twice.
fn main() {
    let owned = String::from("cloned out");
    let hand_over = move || owned.clone();
    let first = hand_over();
    let second = hand_over();
    println!("{first} {second}");
    assert_eq!(first, second);
}
