// Q35 follow-up: each `with_arena` call brands its arena with a fresh invariant lifetime, so a token
// of the outer arena is not a token of the inner one: the call that would index the wrong arena does
// not compile (the unbranded `Token` of `follow_up::Arena` type-checks here and must be checked).
use experienced::typestate::follow_up::with_arena;

fn main() {
    with_arena(|mut outer| {
        let token = outer.insert("ferris");
        with_arena(|inner| {
            let _ = inner.get(token); // ❌ borrowed data escapes outside of closure
        });
    });
}
