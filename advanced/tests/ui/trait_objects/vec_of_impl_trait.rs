// Q22 common mistake: a `Vec<impl Shape>` for mixed shapes. `impl Trait` is not even allowed in the type
// of a `let` binding (E0562); a heterogeneous collection needs `Vec<Box<dyn Shape>>`.
use advanced::trait_objects::{Circle, Rectangle, Shape};

fn main() {
    let shapes: Vec<impl Shape> = vec![
        Circle { radius: 3.0 },
        Rectangle { width: 10.0, height: 5.0 },
    ];
    println!("{}", shapes.len());
}
