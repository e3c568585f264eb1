// Q4 follow-up: an `if` without `else` evaluates to `()` when the condition is false, so it cannot be
// used as an `i32`. Add an `else` that produces one.
fn main() {
    let score = 95;
    let bonus: i32 = if score > 90 { 10 }; // E0317: `if` may be missing an `else` clause
    println!("{bonus}");
}
