// Q22 follow-up: a generic method makes a trait not dyn compatible (E0038): a vtable cannot hold one
// entry per possible `T`. Fix: `where Self: Sized` on that method.
trait Shape {
    fn area(&self) -> f64;
    fn scaled_area<T: Into<f64>>(&self, factor: T) -> f64;
}

fn print(shape: &dyn Shape) {
    println!("{}", shape.area());
}

fn main() {}
