//! Q11 follow-up: not every trait can be used as `dyn Trait`. A method returning `Self` needs to know
//! the concrete type's size, which a trait object has erased, so the trait is not dyn-compatible (E0038).
trait Duplicate {
    fn duplicate(&self) -> Self;
}

impl Duplicate for u32 {
    fn duplicate(&self) -> Self {
        *self
    }
}

fn main() {
    let items: Vec<Box<dyn Duplicate>> = vec![Box::new(1_u32)];
    let _ = items.len();
}
