//! Follow-up: what is `PhantomData` and why does the typestate pattern use it?
//!
//! `Article<State>` stores no `State` value, and Rust rejects a type parameter that no field uses
//! (`tests/ui/typestate/unused_type_parameter.rs`, E0392): the compiler must know how the type relates
//! to `State` — for variance, auto traits and the drop check. `PhantomData<State>` is a field of size
//! zero that says "act as if I held a `State`". What that tells the compiler, each point shown by code
//! here or by a compile-fail case:
//!
//! - **Size**: nothing. `size_of::<PhantomData<[u64; 1024]>>() == 0`, and `Article<Draft>` is as big as
//!   its two `String`s (asserted; printed by `cargo run --bin phantom_data`).
//! - **Auto traits follow the marker**: `PhantomData<T>` is `Send`/`Sync` exactly when `T` is. The
//!   typestate markers are plain unit structs, so every `Article<_>` is `Send` and `Sync` (checked at
//!   compile time). A `PhantomData<*const ()>` field makes a type `!Send` on purpose, e.g. a handle that must
//!   stay on its thread: sending one to another thread is `tests/ui/typestate/phantom_raw_pointer_not_send.rs`
//!   (E0277). `PhantomData<fn() -> T>` is the opposite tool: always `Send + Sync`, for a typed ID that
//!   only *names* a `T` ([`Id`]; `Id<Rc<String>>` is `Send` although `Rc` is not).
//! - **Lifetimes / borrowing**: `PhantomData<&'a Arena>` ties a [`Token`] to a borrow of its arena
//!   without storing a reference, so the arena cannot be dropped while a token lives
//!   (`tests/ui/typestate/token_outlives_arena.rs`, E0505).
//! - **Ownership for the drop check**: `PhantomData<T>` (unlike `PhantomData<fn() -> T>` or
//!   `PhantomData<&T>`) says "I own and will drop `T`s". `Vec<T>` holds its elements through a raw
//!   pointer and tells the compiler it owns them with a `PhantomData<T>` in its buffer type. So a
//!   `Vec<&String>` may outlive the string (dropping a reference does nothing), but a `Vec` of values
//!   whose destructor reads the string may not: `tests/ui/typestate/vec_owns_its_elements.rs` (E0597,
//!   "borrow might be used here, when `v` is dropped"). On stable Rust the difference only shows in
//!   types like `Vec` whose `Drop` uses the unstable `#[may_dangle]`; our own types cannot opt out.
//! - **Variance**: `PhantomData<T>` and `PhantomData<&'a T>` are covariant, so a `Token<'long>` can be
//!   used where a `Token<'short>` is expected ([`shorten`] compiles with no conversion code).
//!   `PhantomData<Cell<&'a ()>>` (or `PhantomData<fn(&'a ()) -> &'a ()>`) makes the type invariant:
//!   [`InvariantToken`] cannot be shortened (`tests/ui/typestate/invariant_marker_cannot_shorten.rs`,
//!   "lifetime may not live long enough"; borrow-check errors of this kind have no error code).
//!   Typestate markers have no lifetimes, so this rarely matters there; it matters for borrowed
//!   handles like [`Token`].
use std::cell::Cell;
use std::marker::PhantomData;
use std::rc::Rc;

use super::{Article, Draft, Published, Review};

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
};

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

/// An arena of names; [`Token`]s index into it.
#[derive(Debug, Default)]
pub struct Arena {
    names: Vec<String>,
}

/// An index that is only valid while its arena is borrowed: it stores a `usize`, and the
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

    /// No bounds check can fail: a token proves its index is valid for this borrow of the arena
    /// (names are never removed while it is borrowed, because removing needs `&mut self`).
    pub fn get(&self, token: Token<'_>) -> &str {
        &self.names[token.index]
    }
}

/// Covariance at work: a token of a longer borrow *is* a token of any shorter borrow.
pub fn shorten<'short, 'long: 'short>(token: Token<'long>) -> Token<'short> {
    token
}

/// The same handle with an invariant marker: `'a` can be neither shortened nor lengthened.
#[derive(Debug, Clone, Copy)]
pub struct InvariantToken<'a> {
    pub index: usize,
    _arena: PhantomData<Cell<&'a Arena>>,
}

impl<'a> InvariantToken<'a> {
    pub fn new(_arena: &'a Arena, index: usize) -> Self {
        Self {
            index,
            _arena: PhantomData,
        }
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
    println!("Article<Draft>: Send + Sync (checked at compile time by assert_send/assert_sync)");
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
    let fixed = InvariantToken::new(&arena, i);
    println!(
        "InvariantToken index {} (invariant in 'a: shortening it does not compile)",
        fixed.index
    );
    // drop(arena); println!("{}", arena.get(token)); // ❌ E0505 — tests/ui/typestate/token_outlives_arena.rs

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
    // ... a Vec<Noisy> may not: ❌ E0597 — tests/ui/typestate/vec_owns_its_elements.rs
    {
        let noisy = vec![Noisy(&s), Noisy(&s)];
        println!(
            "Vec<Noisy> declared after the String: fine, and dropping it runs Noisy's destructors:"
        );
        drop(noisy);
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
        assert_eq!((arena.get(ta), arena.get(tb)), ("a", "b"));
        assert!(arena.token(2).is_none());
    }

    #[test]
    fn typed_ids_are_copy_and_send_whatever_they_name() {
        let id: Id<Rc<String>> = Id::new(3);
        let copied = id;
        assert_eq!(
            std::thread::spawn(move || copied.raw).join().unwrap(),
            id.raw
        );
    }
}
