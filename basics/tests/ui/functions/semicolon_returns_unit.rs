// Q4, the guide's mistake: the semicolon turns `x * 2` into a statement, so the body evaluates to `()`.
// The right half (no semicolon) is basics::functions::double.
fn double(x: i32) -> i32 {
    x * 2; // E0308: mismatched types, expected `i32`, found `()`
}

fn main() {
    println!("{}", double(21));
}
