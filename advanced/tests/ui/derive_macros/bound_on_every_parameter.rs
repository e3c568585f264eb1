// Q27 follow-up: a derive sees only tokens, not types, so `#[derive(Debug)]` (and `MiniDebug`, which
// copies it) adds `T: Debug` for every type parameter, even one used only in `PhantomData<T>`, which is
// Debug for every T. `Tagged<NoDebug>` is then not Debug (E0277). A hand-written impl, or a "perfect
// derive" that bounds the field types instead, avoids it.
use std::marker::PhantomData;

struct NoDebug;

#[derive(Debug)]
struct Tagged<T> {
    id: u32,
    _marker: PhantomData<T>,
}

fn main() {
    let tagged = Tagged::<NoDebug> { id: 1, _marker: PhantomData };
    println!("{tagged:?}"); // ❌ E0277: `NoDebug` doesn't implement `Debug`
}
