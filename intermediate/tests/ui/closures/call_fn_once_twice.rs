//! Q14: a real `FnOnce` closure. It returns the `String` it captured, which consumes it, so the closure
//! itself is moved by the first call and cannot be called again: E0382.
fn main() {
    let owned = String::from("moved out");
    let hand_over = move || owned;
    let first = hand_over();
    let second = hand_over();
    println!("{first} {second}");
}
