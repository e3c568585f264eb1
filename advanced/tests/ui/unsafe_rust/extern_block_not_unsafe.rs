// Q21: the guide's `extern "C" { fn abs(...); }`. Since edition 2024 an extern block must be written
// `unsafe extern "C"`: the compiler cannot check that the declared signature matches the C one.
extern "C" {
    fn abs(input: i32) -> i32;
}

fn main() {
    // SAFETY: abs(-42) is defined in C (the argument is not INT_MIN).
    let result = unsafe { abs(-42) };
    println!("abs(-42) = {result}");
}
