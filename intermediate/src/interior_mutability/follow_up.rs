//! Follow-up: when would you choose `RefCell` over restructuring your code to satisfy the borrow checker?
//!
//! `cargo run --bin refcell_or_restructure` runs one case of each.
//!
//! **`RefCell` is the right tool when the `&self` is not yours to change.** [`PriceSource`] is a trait
//! whose method takes `&self` (as `Display::fmt`, `Iterator`-adapting callbacks, `Hash` or a plugin API
//! would). A cache behind it must fill itself during a `&self` call: there is no `&mut` to restructure
//! towards. [`CachedPrices`] keeps its memo in a `RefCell<HashMap>` and counts backend calls in a
//! `Cell`; asking for the same SKU three times calls the backend once. The borrows are short and never
//! overlap (each `borrow`/`borrow_mut` ends before the next statement), so the run-time check can never
//! fire. Shared graphs (observers that several owners call back, a GUI's widget callbacks as in the
//! guide) are the other classic case: `Rc<RefCell<T>>` because ownership itself is shared.
//!
//! **Restructuring is better when the conflict is only between two parts of one struct.**
//! [`Game::award_points`] must change every player and append to the game's log. Calling a
//! `&mut self` helper inside `for p in &mut self.players` is rejected (E0499: `self` is already
//! mutably borrowed by the loop; `tests/ui/refcell_or_restructure/method_call_during_field_loop.rs`).
//! Wrapping the log in a `RefCell` would compile, but it moves a check the compiler can do for free to
//! run time, and makes every reader of `log` go through `borrow()`. Borrowing the two *fields*
//! separately (`let Game { players, log } = self;`) is accepted by the compiler as-is: disjoint fields
//! are disjoint borrows. That is the version here, and it is also simpler to read.
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// A price lookup used through shared references, e.g. by many parts of a pricing engine at once.
pub trait PriceSource {
    fn price_cents(&self, sku: &str) -> u32;
}

/// The slow source: pretend each call is a network round trip.
#[derive(Default)]
pub struct Backend {
    calls: Cell<u32>,
}

impl PriceSource for Backend {
    fn price_cents(&self, sku: &str) -> u32 {
        self.calls.set(self.calls.get() + 1);
        // A deterministic "price": 100 cents per byte of the SKU.
        100 * u32::try_from(sku.len()).unwrap_or(u32::MAX / 100)
    }
}

/// Memoizes another source behind `&self`: the case where `RefCell` is the right answer.
pub struct CachedPrices<S> {
    backend: S,
    cache: RefCell<HashMap<String, u32>>,
}

impl<S: PriceSource> CachedPrices<S> {
    pub fn new(backend: S) -> Self {
        Self {
            backend,
            cache: RefCell::new(HashMap::new()),
        }
    }
}

impl<S: PriceSource> PriceSource for CachedPrices<S> {
    fn price_cents(&self, sku: &str) -> u32 {
        if let Some(&hit) = self.cache.borrow().get(sku) {
            return hit;
        } // the shared borrow ends here, before the mutable one below
        let price = self.backend.price_cents(sku);
        self.cache.borrow_mut().insert(sku.to_string(), price);
        price
    }
}

/// A player of the split-borrow example.
#[derive(Debug, Clone, PartialEq)]
pub struct Player {
    pub name: String,
    pub points: u32,
}

/// Players and a log in one struct: the case where restructuring beats `RefCell`.
#[derive(Debug, Default)]
pub struct Game {
    pub players: Vec<Player>,
    pub log: Vec<String>,
}

impl Game {
    /// Gives every player `points` and logs each award.
    ///
    /// Written as `for p in &mut self.players { self.record(..) }` this is E0499; borrowing the two
    /// fields separately needs no `RefCell`.
    pub fn award_points(&mut self, points: u32) {
        let Game { players, log } = self; // two disjoint &mut borrows
        for p in players.iter_mut() {
            p.points += points;
            log.push(format!("{} +{points} -> {}", p.name, p.points));
        }
    }
}

pub fn main() {
    println!("RefCell wins: a cache behind a &self trait method");
    let prices = CachedPrices::new(Backend::default());
    for sku in ["LAPTOP-15", "MOUSE", "LAPTOP-15", "LAPTOP-15"] {
        println!("  price({sku}) = {} cents", prices.price_cents(sku));
    }
    println!(
        "  backend calls: {} for 4 lookups of 2 SKUs",
        prices.backend.calls.get()
    );

    println!("Restructuring wins: two fields of one struct, borrowed separately");
    let mut game = Game {
        players: vec![
            Player {
                name: "ana".into(),
                points: 3,
            },
            Player {
                name: "bo".into(),
                points: 0,
            },
        ],
        log: Vec::new(),
    };
    game.award_points(5);
    for line in &game.log {
        println!("  log: {line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_calls_the_backend_once_per_sku() {
        let prices = CachedPrices::new(Backend::default());
        let shared: &dyn PriceSource = &prices; // only a shared reference is ever used
        assert_eq!(shared.price_cents("MOUSE"), 500);
        assert_eq!(shared.price_cents("MOUSE"), 500);
        assert_eq!(shared.price_cents("LAPTOP-15"), 900);
        assert_eq!(prices.backend.calls.get(), 2);
    }

    #[test]
    fn award_points_updates_players_and_log() {
        let mut game = Game {
            players: vec![Player {
                name: "ana".into(),
                points: 1,
            }],
            log: vec![],
        };
        game.award_points(2);
        assert_eq!(game.players[0].points, 3);
        assert_eq!(game.log, ["ana +2 -> 3"]);
    }
}
