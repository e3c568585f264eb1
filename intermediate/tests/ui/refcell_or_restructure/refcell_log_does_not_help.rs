// Q20 follow-up: reaching for `RefCell` does not even fix `method_call_during_field_loop.rs`. With the
// log in a `RefCell`, `record` only needs `&self`, but a `&self` method still borrows *all* of `self`,
// and the loop holds `self.players` mutably: E0502. The borrow checker reasons per field, not per
// method, so the fix is to borrow fields (`let Game { players, log } = self;`), not to add cells.
use std::cell::RefCell;

struct Player {
    name: String,
    points: u32,
}

struct Game {
    players: Vec<Player>,
    log: RefCell<Vec<String>>,
}

impl Game {
    fn record(&self, line: String) {
        self.log.borrow_mut().push(line);
    }

    fn award_points(&mut self, points: u32) {
        for p in &mut self.players {
            p.points += points;
            self.record(format!("{} +{points}", p.name));
        }
    }
}

fn main() {
    let mut game = Game {
        players: Vec::new(),
        log: RefCell::new(Vec::new()),
    };
    game.award_points(5);
}
