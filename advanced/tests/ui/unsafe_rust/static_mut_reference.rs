// Q21: `static mut` is one of unsafe's superpowers, but since edition 2024 taking a reference to one is
// rejected (lint `static_mut_refs`, deny by default): any `&` or `&mut` to it would be undefined
// behaviour as soon as another access overlaps. Use an atomic or a `Mutex`, or `&raw const` / `&raw mut`.
static mut COUNTER: u32 = 0;

fn main() {
    // SAFETY: single-threaded, no other access to COUNTER is alive.
    unsafe { COUNTER += 1 };
    // SAFETY: (the compiler refuses this anyway)
    let r = unsafe { &COUNTER }; // error: creating a shared reference to mutable static
    println!("{r}");
}
