// Q22 common mistake, where `impl Trait` *is* allowed (a return type): it stands for ONE concrete type
// chosen by the function, so two different shapes cannot both be returned (E0308).
use advanced::trait_objects::{Circle, Rectangle, Shape};

fn make_shape(round: bool) -> impl Shape {
    if round {
        Circle { radius: 3.0 }
    } else {
        Rectangle { width: 10.0, height: 5.0 }
    }
}

fn main() {
    println!("{}", make_shape(true).area());
}
