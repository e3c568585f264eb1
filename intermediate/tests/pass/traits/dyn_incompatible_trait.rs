// Q11 follow-up, the right half of tests/ui/traits/dyn_incompatible_trait.rs: `where Self: Sized`
// takes the method off the trait object, so the trait is dyn-compatible again.
trait Duplicate {
    fn duplicate(&self) -> Self
    where
        Self: Sized;
    fn describe(&self) -> String;
}

impl Duplicate for u32 {
    fn duplicate(&self) -> Self {
        *self
    }
    fn describe(&self) -> String {
        format!("u32 {self}")
    }
}

fn main() {
    let items: Vec<Box<dyn Duplicate>> = vec![Box::new(1_u32)];
    println!("{}", items[0].describe());
    assert_eq!(7_u32.duplicate(), 7);
}
