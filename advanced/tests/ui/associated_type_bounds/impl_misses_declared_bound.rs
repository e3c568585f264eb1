// Q23 follow-up: `Pipeline` declares `type Output: Debug + Clone;`. An impl whose Output is not Debug
// does not satisfy the declared bound (E0277).
use advanced::associated_types::follow_up::Pipeline;

#[derive(Clone)]
struct Opaque;

struct Broken;

impl Pipeline for Broken {
    type Input = ();
    type Output = Opaque;
    fn run(&self, _input: ()) -> Opaque {
        Opaque
    }
}

fn main() {}
