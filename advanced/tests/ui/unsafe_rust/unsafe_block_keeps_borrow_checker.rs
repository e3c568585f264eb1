// Q21: "unsafe does not turn off the borrow checker". Inside an `unsafe` block two live `&mut` to the
// same variable are still E0499; rustc even warns that the block is unnecessary, because nothing in it
// needs `unsafe`: the block adds capabilities, it removes no checks.
fn main() {
    let mut x = 1;
    unsafe {
        let a = &mut x;
        let b = &mut x; // E0499: second mutable borrow while `a` is alive
        *a += 1;
        *b += 1;
    }
    println!("{x}");
}
