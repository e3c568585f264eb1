// Q4: "every function parameter must have a declared type". Rust never infers a function's signature
// from its body, so a parameter without a type does not even parse.
fn double(x) -> i32 { // error: expected one of `:`, `@`, or `|`
    x * 2
}

fn main() {
    println!("{}", double(21));
}
