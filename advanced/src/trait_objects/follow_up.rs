//! **Q22 follow-up · Dyn compatibility (once "object safety").** A trait can be `dyn Trait` only if every
//! method fits in one vtable and can be called without knowing the concrete type.
//!
//! - Returning `Self`, taking `Self` as an argument (the `PartialEq` family), generic methods and `async
//!   fn` / `-> impl Trait` methods each give E0038. Proof: `cargo test -p advanced --test compile_fail`
//! - So do a function without a receiver, an associated const and a generic associated type.
//!   Proof: `cargo test -p advanced --test compile_fail`
//! - `where Self: Sized` takes a method out of the vtable: callable on concrete types, rejected through
//!   `dyn`. Proof: `cargo test -p advanced --lib trait_objects::follow_up`
//! - "Clone through `dyn`" is a dyn-compatible `fn clone_box(&self) -> Box<dyn Shape2D>`.
//!   Proof: `cargo run --bin dyn_compatibility`
//!
//! # Run it
//! `cargo run --bin dyn_compatibility`: every method works on `Square`, only the vtable ones on `dyn`.
//!
//! # Differences from the guide
//! - "Object safety" is now "dyn compatibility": [ERRATA.md, Q22](../../../ERRATA.md#q22).
//!
//! # More to explore
//! - Calling a `where Self: Sized` method through `dyn` is "the `duplicate` method cannot be invoked on a
//!   trait object", a hard error without a code (`tests/ui/dyn_compatibility/sized_method_on_dyn.rs`).
//! - Also not dyn compatible (per the Reference, not shown here): a `Sized` supertrait, and receivers other
//!   than `&self`, `&mut self`, `Box<Self>`, `Rc<Self>`, `Arc<Self>` and `Pin<P>` of those.
//! - For `async fn` in a trait used as `dyn`, return `Pin<Box<dyn Future<Output = T> + '_>>` by hand,
//!   which is what the `async-trait` crate generates.

pub fn main() {
    let square = Square(3.0);
    // On the concrete type every method is available, including the `where Self: Sized` ones.
    let copy: Square = square.duplicate();
    println!("concrete: {} area {}", copy.name(), copy.area());
    println!("concrete: scaled_area(2_u8) = {}", square.scaled_area(2_u8));

    // Through dyn, only the vtable methods exist.
    let shapes: Vec<Box<dyn Shape2D>> = vec![Box::new(Square(1.0)), square.clone_box()];
    for s in &shapes {
        println!("dyn:      {} area {}", s.name(), s.area());
    }
    // shapes[0].duplicate(); // ❌ not in the vtable — tests/ui/dyn_compatibility/sized_method_on_dyn.rs
    let copied: Vec<Box<dyn Shape2D>> = shapes.iter().map(|s| s.clone_box()).collect();
    println!("dyn:      clone_box copied {} shapes", copied.len());
}

/// Dyn compatible thanks to `where Self: Sized` on the two methods that would otherwise forbid it.
pub trait Shape2D {
    fn area(&self) -> f64;
    fn name(&self) -> String;

    /// Returns `Self`: excluded from the vtable.
    fn duplicate(&self) -> Self
    where
        Self: Sized;

    /// Generic: excluded from the vtable.
    fn scaled_area<T: Into<f64>>(&self, factor: T) -> f64
    where
        Self: Sized,
    {
        let f = factor.into();
        self.area() * f * f
    }

    /// The dyn-compatible way to copy a shape you only know as `dyn Shape2D`.
    fn clone_box(&self) -> Box<dyn Shape2D>;
}

#[derive(Clone, Debug, PartialEq)]
pub struct Square(pub f64);

impl Shape2D for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("Square({})", self.0)
    }
    fn duplicate(&self) -> Self {
        self.clone()
    }
    fn clone_box(&self) -> Box<dyn Shape2D> {
        Box::new(self.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sized_only_methods_work_on_the_concrete_type() {
        let s = Square(2.0);
        assert_eq!(s.duplicate(), s);
        assert_eq!(s.scaled_area(3_u8), 36.0);
    }

    #[test]
    fn clone_box_copies_through_dyn() {
        let original: Box<dyn Shape2D> = Box::new(Square(4.0));
        let copy = original.clone_box();
        assert_eq!(copy.name(), "Square(4)");
        assert_eq!(copy.area(), 16.0);
    }
}
