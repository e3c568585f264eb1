// Q35 follow-up: Vec<T> tells the drop checker it owns its `T`s (PhantomData<T> in its buffer), so a
// Vec of values whose destructor reads a borrow must not outlive the borrowed String.
// `Vec<&String>` in the same position compiles (see `phantom_data`'s main): dropping `&String` does nothing.
use experienced::typestate::follow_up::Noisy;

fn main() {
    let v: Vec<Noisy<'_>>;
    let s = String::from("borrowed");
    v = vec![Noisy(&s)]; // ❌ `s` does not live long enough
    let _ = &v;
}
