// Q38: a parallel iterator hands references to its items to several threads at once, so rayon
// implements `par_iter` on a `Vec<T>` (through `&[T]: IntoParallelIterator`) only for `T: Sync`.
// `Rc`'s reference count is not atomic, so `Rc<T>` is not `Sync`, and a `Vec<Rc<u64>>` has no usable
// `par_iter`: use `Arc<T>` (or plain values) instead.
use rayon::prelude::*;
use std::rc::Rc;

fn main() {
    let shared: Vec<Rc<u64>> = (0..1_000).map(Rc::new).collect();
    let total: u64 = shared.par_iter().map(|n| **n).sum(); // ❌ E0599: `Rc<u64>` is not `Sync`
    println!("{total}");
}
