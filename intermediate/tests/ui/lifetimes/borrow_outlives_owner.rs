//! Q13: the guide's `main` with `novel` moved into the inner block. `result` may borrow from `novel`
//! (that is what `'a` says), and `novel` is dropped at the `}` before `result` is printed: E0597.
use intermediate::lifetimes::longest;

fn main() {
    let result;
    {
        let novel = String::from("Call me Ishmael. Some years ago...");
        result = longest(&novel[..16], "Hello world");
    }
    println!("Longest: {}", result);
}
