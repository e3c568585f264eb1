// Q35 follow-up: PhantomData<Cell<&'a ()>> is a common invariance marker, but Cell is !Sync, so a type
// holding it cannot be shared between threads. `fn(&'id ()) -> &'id ()` is invariant and stays Sync.
use experienced::typestate::follow_up::CellMarker;

fn share<T: Sync>(_: &T) {}

fn main() {
    let marker: CellMarker<'static> = std::marker::PhantomData;
    share(&marker); // ❌ `Cell<&'static ()>` cannot be shared between threads safely
}
