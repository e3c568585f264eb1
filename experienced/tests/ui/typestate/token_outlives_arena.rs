// Q35 follow-up: Token<'a> stores only an index, but PhantomData<&'a Arena> makes it borrow the arena,
// so the arena cannot be dropped (moved) while a token is still used.
use experienced::typestate::follow_up::Arena;

fn main() {
    let mut arena = Arena::default();
    let i = arena.insert("ferris");
    let token = arena.token(i).unwrap();
    drop(arena); // ❌ cannot move out of `arena` because it is borrowed
    let _ = token;
}
