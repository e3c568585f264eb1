// Q19: a type that contains itself directly would need infinite size. `Box<List>` (a pointer of known
// size) breaks the cycle, as in `intermediate::smart_pointers::List`.
#[allow(dead_code)]
enum List {
    Cons(i32, List),
    Nil,
}

fn main() {}
