// Q22 follow-up, the right half of tests/ui/dyn_compatibility/generic_method.rs: `where Self: Sized`
// keeps the generic method off the vtable, so `&dyn Shape` is allowed again.
trait Shape {
    fn area(&self) -> f64;
    fn scaled_area<T: Into<f64>>(&self, factor: T) -> f64
    where
        Self: Sized,
    {
        self.area() * factor.into()
    }
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn print(shape: &dyn Shape) -> f64 {
    shape.area()
}

fn main() {
    println!("{}", print(&Square(2.0)));
    assert_eq!(Square(2.0).scaled_area(3_u8), 12.0);
}
