// Q35 follow-up: PhantomData<Cell<&'a Arena>> makes InvariantToken invariant in 'a, so the same body
// that compiles for the covariant Token (`follow_up::shorten`) is rejected here.
use experienced::typestate::follow_up::InvariantToken;

fn shorten_invariant<'short, 'long: 'short>(token: InvariantToken<'long>) -> InvariantToken<'short> {
    token // ❌ lifetime may not live long enough
}

fn main() {
    let _ = shorten_invariant;
}
