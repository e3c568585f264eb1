// Q35 follow-up: PhantomData<fn(&'id ()) -> &'id ()> makes BrandedToken invariant in 'id, so the same
// body that compiles for the covariant Token (`follow_up::shorten`) is rejected here.
use experienced::typestate::follow_up::BrandedToken;

fn shorten_invariant<'short, 'long: 'short>(token: BrandedToken<'long>) -> BrandedToken<'short> {
    token // ❌ lifetime may not live long enough
}

fn main() {
    let _ = shorten_invariant;
}
