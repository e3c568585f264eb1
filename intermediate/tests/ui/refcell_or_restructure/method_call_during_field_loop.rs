// Q20 follow-up: the loop holds a mutable borrow of `self.players`, and calling a `&mut self` method
// needs all of `self` again. The fix that needs no `RefCell`: borrow the two fields separately,
// `let Game { players, log } = self;` (as in `intermediate::interior_mutability::follow_up::Game`).
struct Player {
    name: String,
    points: u32,
}

struct Game {
    players: Vec<Player>,
    log: Vec<String>,
}

impl Game {
    fn record(&mut self, line: String) {
        self.log.push(line);
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
        log: Vec::new(),
    };
    game.award_points(5);
}
