// Q10: `?` returns the error to the caller, so the function must return a Result (or Option).
// A `main` returning `()` has nowhere to put it. Fix: `fn main() -> Result<(), Box<dyn std::error::Error>>`.
fn main() {
    let contents = std::fs::read_to_string("age.txt")?; // E0277: `?` needs a function returning Result or Option
    println!("{contents}");
}
