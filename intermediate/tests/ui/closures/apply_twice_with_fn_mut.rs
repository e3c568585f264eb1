//! Q14: the guide's `apply_twice` requires `Fn`; a closure that mutates a captured counter is only
//! `FnMut`: E0525. Bound it with `F: FnMut(i32) -> i32` (`intermediate::closures::apply_twice_mut`).
use intermediate::closures::apply_twice;

fn main() {
    let mut calls = 0;
    let counting_double = |x: i32| {
        calls += 1;
        x * 2
    };
    println!("{}", apply_twice(counting_double, 5));
    println!("{calls}");
}
