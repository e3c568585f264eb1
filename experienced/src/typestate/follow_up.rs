//! **Q35 follow-up · PhantomData.** `PhantomData<T>` is a zero-sized field that makes a type act, for
//! the compiler, as if it held a `T`: a type parameter no field uses is an error (E0392), and the marker
//! also decides the type's auto traits, variance and drop check.
//!
//! - It costs nothing: `size_of::<PhantomData<[u64; 1024]>>() == 0`. Proof: `cargo test -p experienced --lib typestate::follow_up::tests::phantom_data_is_free`
//! - Auto traits follow the marker: `PhantomData<*const ()>` makes a handle `!Send` (E0277);
//!   `PhantomData<fn() -> T>` is always `Send + Sync`. Proof: `cargo test -p experienced --test compile_fail`
//! - `PhantomData<&'a Arena>` makes a token borrow its arena: no drop while it lives (E0505). Proof: `cargo test -p experienced --test compile_fail`
//! - `PhantomData<T>` says "I drop `T`s": with drop glue, the drop check rejects a dangling borrow
//!   (E0597). Proof: `cargo test -p experienced --test compile_fail`
//! - Variance: `&'a T` is covariant; the invariant `fn(&'id ()) -> &'id ()` brands tokens to one
//!   arena (E0521 across arenas). Proof: `cargo test -p experienced --test compile_fail`
//!
//! # Run it
//! `cargo run --bin phantom_data`, then `cargo test -p experienced --lib typestate::follow_up`. Notice
//! the token that another arena's `get` refuses.
//!
//! # Differences from the guide
//! None: the guide asks the question without code.
//!
//! # More to explore
//! - The drop check: a type with its own `Drop` impl already counts as using every `T` it names, so
//!   `PhantomData<T>` adds nothing there on stable; it matters for types without a `Drop` impl that still
//!   have drop glue (a `String` field: [`Owns`] vs [`Names`], `tests/ui/typestate/phantom_t_in_a_type_with_drop_glue.rs`),
//!   and for `#[may_dangle]` impls such as `Vec`'s (`tests/ui/typestate/vec_owns_its_elements.rs`). A type
//!   with no drop glue at all (`PhantomData` fields and `Copy` data only) is never checked.
//! - A [`Token`] is tied to *a* borrow of *an* arena, not to its own arena: `Token<'a>` is covariant, so a
//!   token from arena A type-checks against arena B, and [`Arena::get`] must still check the index (it
//!   returns `None`). Branding fixes that: [`with_arena`] gives each arena a fresh invariant lifetime
//!   `'id` (the GhostCell / generativity trick), a [`BrandedToken<'id>`] is only accepted by its own
//!   arena (`tests/ui/typestate/token_from_another_arena.rs`, E0521), and the invariance itself is
//!   `tests/ui/typestate/invariant_marker_cannot_shorten.rs` (borrow-check errors of this kind have no
//!   code).
//! - Invariance markers also carry auto traits: `PhantomData<Cell<&'a ()>>` is invariant but `!Sync`;
//!   `fn(&'id ()) -> &'id ()` is invariant and `Send + Sync` (asserted in this file; the `Cell` case is
//!   `tests/ui/typestate/cell_marker_is_not_sync.rs`, E0277).
use std::cell::Cell;
use std::marker::PhantomData;
use std::rc::Rc;

use super::{Article, Draft, Published, Review};

pub fn main() {
    println!(
        "size_of::<PhantomData<[u64; 1024]>>() = {}",
        std::mem::size_of::<PhantomData<[u64; 1024]>>()
    );
    println!(
        "size_of::<Article<Draft>>() = {}, size_of::<(String, String)>() = {}",
        std::mem::size_of::<Article<Draft>>(),
        std::mem::size_of::<(String, String)>()
    );
    println!(
        "Article<Draft>: Send + Sync (a const assertion in this file: it fails the build if not)"
    );
    println!(
        "ThreadBound (PhantomData<*const ()>): !Send, see tests/ui/typestate/phantom_raw_pointer_not_send.rs"
    );
    let here = ThreadBound::new("render context");
    println!("  {} stays on this thread", here.name);

    let user: Id<Rc<String>> = Id::new(7);
    let copy = user; // Copy, although Rc is not
    let raw = std::thread::spawn(move || copy.raw).join().unwrap(); // Send, although Rc is not
    println!("Id<Rc<String>> (PhantomData<fn() -> T>): Copy + Send, id {raw} crossed a thread");

    let mut arena = Arena::default();
    let i = arena.insert("ferris");
    let token = arena.token(i).expect("index just inserted");
    println!(
        "token -> {:?}; arena.token(99) = {:?}",
        arena.get(token),
        arena.token(99).map(|_| ())
    );
    let short = shorten(token); // covariant: no conversion code needed
    println!("shorten(token) -> {:?} (covariant in 'a)", arena.get(short));
    let other = Arena::default();
    println!(
        "the same token given to another, empty arena: {:?} (it type-checks, so get checks the index)",
        other.get(token)
    );
    // drop(arena); println!("{:?}", arena.get(token)); // ❌ E0505 — tests/ui/typestate/token_outlives_arena.rs

    let found = with_arena(|mut names| {
        let t = names.insert("ferris");
        names.insert("corro");
        // with_arena(|other| other.get(t)); // ❌ E0521 — tests/ui/typestate/token_from_another_arena.rs
        names.get(t).to_string()
    });
    println!("branded token -> {found:?} (only its own arena accepts it)");

    // Drop check: a Vec of references may outlive the string (declared first, dropped last) ...
    // Declared before `s` on purpose, so it is dropped after `s`: that is the point of the demo.
    #[allow(clippy::needless_late_init)]
    let refs: Vec<&String>;
    let s = String::from("borrowed");
    refs = vec![&s];
    println!(
        "Vec<&String> declared before the String it borrows: compiles, len {}",
        refs.len()
    );
    // ... and so may a Names<Noisy> (PhantomData<fn() -> T>: owns no T). An Owns<Noisy>
    // (PhantomData<T> next to a String) may not: ❌ E0597 — tests/ui/typestate/phantom_t_in_a_type_with_drop_glue.rs
    #[allow(clippy::needless_late_init)]
    let names: Names<Noisy<'_>>;
    let t = String::from("named");
    names = Names::of(&Noisy(&t));
    println!(
        "Names<Noisy> declared before the String it names: compiles ({})",
        names.label
    );
    // ... a Vec<Noisy> may not: ❌ E0597 — tests/ui/typestate/vec_owns_its_elements.rs
    {
        let noisy = vec![Noisy(&s), Noisy(&s)];
        println!(
            "Vec<Noisy> declared after the String: fine, and dropping it runs Noisy's destructors:"
        );
        drop(noisy);
    }
}

/// Compile-time proof of `Send`: if `T` were not `Send`, this crate would not compile.
pub const fn assert_send<T: Send>() {}
pub const fn assert_sync<T: Sync>() {}

const _: () = {
    assert_send::<Article<Draft>>();
    assert_sync::<Article<Draft>>();
    assert_send::<Article<Review>>();
    assert_sync::<Article<Published>>();
    // fn() -> T is Send + Sync for every T, so a typed id of a non-Send type is still Send.
    assert_send::<Id<Rc<String>>>();
    assert_sync::<Id<Rc<String>>>();
    // The invariant brand `fn(&'id ()) -> &'id ()` keeps Send + Sync ...
    assert_send::<BrandedToken<'static>>();
    assert_sync::<BrandedToken<'static>>();
    assert_sync::<BrandedArena<'static>>();
};

/// ... while the other common invariance marker, `Cell<&'a ()>`, silently removes `Sync`
/// (`tests/ui/typestate/cell_marker_is_not_sync.rs`, E0277).
pub type CellMarker<'a> = PhantomData<Cell<&'a ()>>;

/// A handle that must not leave its thread (think: a GUI or GPU context). The raw-pointer marker
/// removes `Send` and `Sync`; no unsafe code needed.
#[derive(Debug)]
pub struct ThreadBound {
    pub name: &'static str,
    _not_send: PhantomData<*const ()>,
}

impl ThreadBound {
    pub fn new(name: &'static str) -> Self {
        Self {
            name,
            _not_send: PhantomData,
        }
    }
}

/// A typed ID: an `Id<User>` cannot be used as an `Id<Order>`. `fn() -> T` because the ID does not
/// own a `T`: it stays `Send`, `Sync`, `Copy` and free of drop-check obligations whatever `T` is.
#[derive(Debug)]
pub struct Id<T> {
    pub raw: u64,
    _names: PhantomData<fn() -> T>,
}

// Manual impls: `#[derive(Clone, Copy)]` would require `T: Clone`/`T: Copy`, which an ID does not need.
impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Id<T> {}

impl<T> Id<T> {
    pub fn new(raw: u64) -> Self {
        Self {
            raw,
            _names: PhantomData,
        }
    }
}

/// Has drop glue (the `String`) and says it owns `T`s: the drop check treats dropping it as dropping a
/// `T`, so a `T` that borrows must outlive it (`tests/ui/typestate/phantom_t_in_a_type_with_drop_glue.rs`).
#[derive(Debug)]
pub struct Owns<T> {
    pub label: String,
    _owns: PhantomData<T>,
}

impl<T> Owns<T> {
    /// Takes a `T` only to fix the type parameter; the `String` gives the type drop glue.
    pub fn of(_example: &T) -> Self {
        Self {
            label: String::from("owns a T"),
            _owns: PhantomData,
        }
    }
}

/// The same shape with `PhantomData<fn() -> T>`: it only names `T`, so dropping it drops no `T`.
#[derive(Debug)]
pub struct Names<T> {
    pub label: String,
    _names: PhantomData<fn() -> T>,
}

impl<T> Names<T> {
    /// Takes a `T` only to fix the type parameter.
    pub fn of(_example: &T) -> Self {
        Self {
            label: String::from("names a T"),
            _names: PhantomData,
        }
    }
}

/// An arena of names; [`Token`]s index into it.
#[derive(Debug, Default)]
pub struct Arena {
    names: Vec<String>,
}

/// An index that is only valid while an arena is borrowed: it stores a `usize`, and the
/// `PhantomData<&'a Arena>` makes the borrow checker treat it as holding `&'a Arena`.
#[derive(Debug, Clone, Copy)]
pub struct Token<'a> {
    index: usize,
    _arena: PhantomData<&'a Arena>,
}

impl Arena {
    pub fn insert(&mut self, name: &str) -> usize {
        self.names.push(name.to_string());
        self.names.len() - 1
    }

    /// Hands out a token tied to `&self`.
    pub fn token(&self, index: usize) -> Option<Token<'_>> {
        (index < self.names.len()).then_some(Token {
            index,
            _arena: PhantomData,
        })
    }

    /// The token keeps *an* arena borrowed (none can be dropped or changed while it lives), but
    /// nothing ties it to *this* arena: a token of another arena type-checks here. So the index is
    /// checked, and a foreign token gives `None` (`tests::a_token_from_another_arena_is_checked`).
    pub fn get(&self, token: Token<'_>) -> Option<&str> {
        self.names.get(token.index).map(String::as_str)
    }
}

/// Covariance at work: a token of a longer borrow *is* a token of any shorter borrow.
pub fn shorten<'short, 'long: 'short>(token: Token<'long>) -> Token<'short> {
    token
}

/// An invariant lifetime: `'id` can be neither shortened nor lengthened, and it keeps `Send + Sync`.
type Brand<'id> = PhantomData<fn(&'id ()) -> &'id ()>;

/// An arena with its own brand `'id`, made only by [`with_arena`].
#[derive(Debug)]
pub struct BrandedArena<'id> {
    names: Vec<String>,
    _brand: Brand<'id>,
}

/// An index that only its own [`BrandedArena`] accepts.
#[derive(Debug, Clone, Copy)]
pub struct BrandedToken<'id> {
    pub index: usize,
    _brand: Brand<'id>,
}

/// Runs `f` with a new, empty arena whose brand `'id` is fresh: `for<'id>` means `f` must work for
/// every `'id`, so no two calls' brands can be unified, and a token cannot leave its closure.
pub fn with_arena<R>(f: impl for<'id> FnOnce(BrandedArena<'id>) -> R) -> R {
    f(BrandedArena {
        names: Vec::new(),
        _brand: PhantomData,
    })
}

impl<'id> BrandedArena<'id> {
    /// The only way to get a token: it indexes a name that is never removed.
    pub fn insert(&mut self, name: &str) -> BrandedToken<'id> {
        self.names.push(name.to_string());
        BrandedToken {
            index: self.names.len() - 1,
            _brand: PhantomData,
        }
    }

    /// Cannot fail: every `BrandedToken<'id>` came from `insert` on this arena, and names are never
    /// removed. (The indexing still compiles to a bounds check; the brand makes it one that always passes.)
    pub fn get(&self, token: BrandedToken<'id>) -> &str {
        &self.names[token.index]
    }
}

/// Prints the string it borrows when dropped: a destructor that *uses* a borrow.
#[derive(Debug)]
pub struct Noisy<'a>(pub &'a String);

impl Drop for Noisy<'_> {
    fn drop(&mut self) {
        println!("drop Noisy({})", self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phantom_data_is_free() {
        assert_eq!(std::mem::size_of::<PhantomData<[u64; 1024]>>(), 0);
        assert_eq!(
            std::mem::size_of::<ThreadBound>(),
            std::mem::size_of::<&str>()
        );
        assert_eq!(std::mem::size_of::<Id<String>>(), 8);
        assert_eq!(
            std::mem::size_of::<Token<'_>>(),
            std::mem::size_of::<usize>()
        );
        assert_eq!(
            std::mem::size_of::<BrandedToken<'_>>(),
            std::mem::size_of::<usize>()
        );
        assert_eq!(
            std::mem::size_of::<Article<Review>>(),
            std::mem::size_of::<(String, String)>()
        );
    }

    #[test]
    fn tokens_index_their_arena() {
        let mut arena = Arena::default();
        let a = arena.insert("a");
        let b = arena.insert("b");
        let (ta, tb) = (arena.token(a).unwrap(), arena.token(b).unwrap());
        assert_eq!((arena.get(ta), arena.get(tb)), (Some("a"), Some("b")));
        assert!(arena.token(2).is_none());
    }

    #[test]
    fn a_token_from_another_arena_is_checked() {
        let mut big = Arena::default();
        for name in ["a", "b", "c"] {
            big.insert(name);
        }
        let token = big.token(2).unwrap();
        let empty = Arena::default();
        // Compiles: the token only says "some arena is borrowed". Without the check this would be
        // `index out of bounds: the len is 0 but the index is 2`.
        assert_eq!(empty.get(token), None);
        assert_eq!(big.get(token), Some("c"));
    }

    #[test]
    fn branded_tokens_need_no_check_that_can_fail() {
        let got = with_arena(|mut arena| {
            let tokens: Vec<_> = ["x", "y", "z"].iter().map(|n| arena.insert(n)).collect();
            tokens.iter().map(|&t| arena.get(t)).collect::<String>()
        });
        assert_eq!(got, "xyz");
        // Two arenas side by side, each with its own tokens.
        with_arena(|mut a| {
            with_arena(|mut b| {
                let ta = a.insert("in a");
                let tb = b.insert("in b");
                assert_eq!((a.get(ta), b.get(tb)), ("in a", "in b"));
            })
        });
    }

    #[test]
    fn the_fn_brand_is_invariant_and_sync() {
        // Compiles only because `fn(&'id ()) -> &'id ()` is `Sync`; the same call with `CellMarker`
        // is `tests/ui/typestate/cell_marker_is_not_sync.rs` (E0277).
        fn sync<T: Sync>(_: &T) -> bool {
            true
        }
        let token = with_arena(|mut a| {
            let t = a.insert("x");
            (t.index, sync(&t))
        });
        assert_eq!(token, (0, true));
    }

    #[test]
    fn names_and_owns_hold_only_their_label() {
        let s = String::from("x");
        let n = Noisy(&s);
        assert_eq!(Names::of(&n).label, "names a T");
        assert_eq!(Owns::of(&n).label, "owns a T");
    }
}
