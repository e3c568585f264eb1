//! **Q20 follow-up · `RefCell` or restructure?** Choose `RefCell` when the `&self` is not yours to
//! change (a trait method, shared ownership); restructure when the conflict is only between two fields
//! of one struct, because borrowing the fields separately compiles and cannot panic.
//!
//! - A cache behind a `&self` trait method must fill itself through `&self`: `CachedPrices` memoizes in a `RefCell<HashMap>` and calls the backend once per SKU. Proof: `cargo test -p intermediate --lib interior_mutability::follow_up::tests::the_cache_calls_the_backend_once_per_sku`
//! - A `&mut self` helper inside `for p in &mut self.players` is E0499, and a `RefCell` log alone does not help (E0502). Proof: `cargo test -p intermediate --test compile_fail`
//! - `let Game { players, log } = self;` borrows two fields separately: no cell, no panic. Proof: `cargo test -p intermediate --lib interior_mutability::follow_up::tests::award_points_updates_players_and_log`
//! - With both fields in cells the code compiles, but the first helper that reads the players turns the compile error into a panic. Proof: `cargo test -p intermediate --lib interior_mutability::follow_up::tests::the_celled_game_panics_where_the_compiler_would_have_refused`
//!
//! # Run it
//! `cargo run --bin refcell_or_restructure`, then `cargo test -p intermediate --lib interior_mutability::follow_up`.
//! One case of each; both games print the same log, and the celled one panics in the last line.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - The borrow checker reasons about fields, and a method call hides which fields it uses: that is
//!   why the helper conflicts with the loop, and why destructuring fixes it.
//! - `CachedPrices`'s borrows are short and never overlap, so its run-time check can never fire; shared
//!   graphs (observers, GUI callbacks as in the guide) are the other classic `Rc<RefCell<T>>` case.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

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
        players: players(),
        log: Vec::new(),
    };
    game.award_points(5);
    for line in &game.log {
        println!("  log: {line}");
    }
    println!("The RefCell alternative: both fields in cells, same log, checked at run time");
    let celled = CelledGame {
        players: RefCell::new(players()),
        log: RefCell::new(Vec::new()),
    };
    celled.award_points(5);
    for line in celled.log.borrow().iter() {
        println!("  log: {line}");
    }
    let leaderboard = celled.players.try_borrow_mut().map(|_| "free");
    println!("  players cell after the loop: {leaderboard:?}");
    let celled = CelledGame {
        players: RefCell::new(players()),
        log: RefCell::new(Vec::new()),
    };
    println!(
        "  award_points_with_leader: panicked with {:?}",
        panic_message(|| celled.award_points_with_leader(5))
    );
}

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

/// The same game with both fields in `RefCell`s, so that `&self` helpers compile: the `RefCell` answer
/// to the split-borrow problem, shown for comparison.
#[derive(Debug, Default)]
pub struct CelledGame {
    pub players: RefCell<Vec<Player>>,
    pub log: RefCell<Vec<String>>,
}

impl CelledGame {
    fn record(&self, line: String) {
        self.log.borrow_mut().push(line);
    }

    /// Compiles and works: `record` only touches `log`, which is not borrowed by the loop.
    pub fn award_points(&self, points: u32) {
        for p in self.players.borrow_mut().iter_mut() {
            p.points += points;
            self.record(format!("{} +{points} -> {}", p.name, p.points));
        }
    }

    fn record_with_leader(&self, line: String) {
        // Reads the players while `award_points_with_leader` still holds them mutably.
        let leader = self
            .players
            .borrow()
            .iter()
            .max_by_key(|p| p.points)
            .map(|p| p.name.clone())
            .unwrap_or_default();
        self.log
            .borrow_mut()
            .push(format!("{line} (leader: {leader})"));
    }

    /// Compiles, and panics on the first player: the borrow conflict moved to run time.
    pub fn award_points_with_leader(&self, points: u32) {
        for p in self.players.borrow_mut().iter_mut() {
            p.points += points;
            self.record_with_leader(format!("{} +{points}", p.name));
        }
    }
}

fn players() -> Vec<Player> {
    vec![
        Player {
            name: "ana".into(),
            points: 3,
        },
        Player {
            name: "bo".into(),
            points: 0,
        },
    ]
}

/// Runs `f` and returns its panic message, if it panicked. The default hook is silenced meanwhile so
/// the message is printed once, by the caller, without the hook's thread id and location.
fn panic_message(f: impl FnOnce()) -> Option<String> {
    let result = crate::support::with_silent_panics(|| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
    });
    let payload = result.err()?;
    Some(match payload.downcast::<String>() {
        Ok(message) => *message,
        Err(payload) => payload
            .downcast_ref::<&str>()
            .map_or_else(|| "<non-string panic>".to_string(), |s| (*s).to_string()),
    })
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
    fn both_games_log_the_same() {
        let mut game = Game {
            players: players(),
            log: vec![],
        };
        game.award_points(5);
        let celled = CelledGame {
            players: RefCell::new(players()),
            log: RefCell::new(vec![]),
        };
        celled.award_points(5);
        assert_eq!(game.log, *celled.log.borrow());
        assert_eq!(game.players, *celled.players.borrow());
    }

    #[test]
    #[should_panic(expected = "RefCell already mutably borrowed")]
    fn the_celled_game_panics_where_the_compiler_would_have_refused() {
        let celled = CelledGame {
            players: RefCell::new(players()),
            log: RefCell::new(vec![]),
        };
        celled.award_points_with_leader(5);
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
