//! Q28's follow-up: the guide's two functions, alone in a file that `compare_assembly` compiles with
//! `rustc --emit=asm -C opt-level=3` (the same optimisation level as `cargo build --release`).
//! `#[unsafe(no_mangle)]` keeps the symbol names readable and stops the compiler from dropping
//! the functions as unused. This file is not part of any crate's build.
#![crate_type = "lib"]

#[unsafe(no_mangle)]
pub fn sum_of_squares_idiomatic(data: &[i64]) -> i64 {
    data.iter().filter(|&&x| x > 0).map(|&x| x * x).sum()
}

#[unsafe(no_mangle)]
pub fn sum_of_squares_manual(data: &[i64]) -> i64 {
    let mut total: i64 = 0;
    for i in 0..data.len() {
        if data[i] > 0 {
            total += data[i] * data[i];
        }
    }
    total
}

// Monomorphization: one generic function, two concrete copies.
#[inline(never)]
fn max_value<T: PartialOrd>(a: T, b: T) -> T {
    if a >= b { a } else { b }
}

#[unsafe(no_mangle)]
pub fn max_i32(a: i32, b: i32) -> i32 {
    max_value(a, b)
}

#[unsafe(no_mangle)]
pub fn max_f64(a: f64, b: f64) -> f64 {
    max_value(a, b)
}
