// Q22 follow-up: with `where Self: Sized` the trait is dyn compatible, but that method is not in the
// vtable, so it cannot be called through `dyn Shape2D` ("cannot be invoked on a trait object", no code).
use advanced::trait_objects::follow_up::{Shape2D, Square};

fn main() {
    let shape: Box<dyn Shape2D> = Box::new(Square(1.0));
    let copy = shape.duplicate();
    println!("{}", copy.area());
}
