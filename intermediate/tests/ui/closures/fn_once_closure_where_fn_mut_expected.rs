//! Q14: a closure that gives away (moves out) what it captured implements only `FnOnce`: E0525.
use intermediate::closures::call_fn_mut;

fn main() {
    let owned = String::from("moved out");
    let hand_over = move || owned;
    println!("{}", call_fn_mut(hand_over));
}
