// Q22 follow-up: a method returning `Self` makes a trait not dyn compatible (E0038): through `dyn`, the
// size of `Self` is unknown. Fix: `where Self: Sized` on that method (see advanced::trait_objects::follow_up).
trait Shape {
    fn area(&self) -> f64;
    fn duplicate(&self) -> Self;
}

fn print(shape: &dyn Shape) {
    println!("{}", shape.area());
}

fn main() {}
