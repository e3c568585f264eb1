// Q20: `Cell::get` returns a copy of the value, so it exists only for `T: Copy`. A `Cell<String>` has
// `set`, `replace`, `take` and `into_inner`, which move values in and out instead
// (see `intermediate::interior_mutability::cell_demo`).
use std::cell::Cell;

fn main() {
    let name = Cell::new(String::from("draft"));
    println!("{}", name.get());
}
