//! Q15: the guide's "wrong" snippet, exactly as printed (with `data` a `Vec<i32>`). It is offered as the
//! slow version (two allocations), but it does not compile at all:
//! - `data.iter()` yields `&i32`, so `filter` sees `&&i32`, and `x > &0` compares `&&i32` with `&i32`:
//!   E0308;
//! - `filtered` is a `Vec<&i32>`, so `filtered.iter()` yields `&&i32`, and `&&i32 * 2` has no `Mul`
//!   impl: E0369.
//! The compiling version is `intermediate::iterators::collect_twice`.
fn main() {
    let data = vec![3, -1, 4, -1, 5];
    let filtered: Vec<_> = data.iter().filter(|x| x > &0).collect();
    let mapped: Vec<_> = filtered.iter().map(|x| x * 2).collect(); // 2 allocations
    println!("{mapped:?}");
}
