// Q6 follow-up: a dangling reference inside one function: `x` is dropped at the end of the block, but
// `r` is used after it.
fn main() {
    let r;
    {
        let x = 5;
        r = &x; // E0597: `x` does not live long enough
    }
    println!("{r}");
}
