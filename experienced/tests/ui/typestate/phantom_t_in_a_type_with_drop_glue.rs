// Q35 follow-up: `Owns<T>` has no Drop impl, but its String field gives it drop glue, and its
// PhantomData<T> says it owns `T`s. So dropping it counts as dropping a `Noisy`, whose destructor reads
// the borrowed String: it must not outlive that String. `Names<T>` (PhantomData<fn() -> T>) in the same
// position compiles (see `phantom_data`'s main).
use experienced::typestate::follow_up::{Noisy, Owns};

fn main() {
    let owns;
    let s = String::from("borrowed");
    owns = Owns::of(&Noisy(&s)); // ❌ `s` does not live long enough
    let _ = &owns;
}
