// Q19 follow-up: every interior-mutability type is built on `UnsafeCell<T>`, the one type through which
// a shared reference may mutate. It is `!Sync`, and so is anything that contains it: this `Counter` is
// refused as `Sync` (E0277, "within `Counter`, the trait `Sync` is not implemented for `UnsafeCell<u32>`")
// until a type adds synchronisation and asserts it with `unsafe impl Sync`, as `Mutex` and the atomics do.
use std::cell::UnsafeCell;

struct Counter {
    value: UnsafeCell<u32>,
}

fn assert_sync<T: Sync>() {}

fn main() {
    let c = Counter { value: UnsafeCell::new(0) };
    let _ = c.value.get();
    assert_sync::<Counter>();
}
