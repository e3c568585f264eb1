// Q22 follow-up: three more rules, each E0038. A function without a receiver has no vtable to be called
// through; an associated const is not stored in the vtable; a generic associated type would need one
// vtable entry per lifetime or type argument.
trait Factory {
    fn area(&self) -> f64;
    fn new() -> Self;
}

trait WithConst {
    const SIDES: u32;
    fn area(&self) -> f64;
}

trait Lending {
    type Item<'a>
    where
        Self: 'a;
    fn get(&self) -> Self::Item<'_>;
}

fn factory(_: &dyn Factory) {}
fn with_const(_: &dyn WithConst) {}
fn lending(_: &dyn Lending<Item<'static> = u8>) {}

fn main() {}
