//! **Q29 follow-up · Sealed traits.** A sealed trait is public (callers can name it, bound on it and
//! call it) but only its own crate can implement it, because it requires a supertrait that lives in a
//! private module no other crate can name.
//!
//! - An impl outside the crate fails with E0277, and rustc's note says the trait is sealed. Proof: `cargo test -p experienced --test compile_fail`
//! - Use it when the set of implementors is part of your design: the crate may then add methods, even
//!   without default bodies, in a minor release, since no downstream impl can break. Proof: `cargo test -p experienced --lib api_design::follow_up::tests::sealed_trait_methods_work_through_generics_and_dyn`
//! - Sealing one method instead: a parameter of a private type (`private::Token`) lets others implement
//!   the trait but neither call nor override that method (E0603). Proof: `cargo test -p experienced --test compile_fail`
//! - std does it: `std::os::unix::process::CommandExt: Sealed`. Do not seal a trait users are meant to
//!   implement for their own types. Proof: `cargo run --bin sealed_traits`
//!
//! # Run it
//! `cargo run --bin sealed_traits`: the sealed shapes used through generics and `dyn`.
//!
//! # Differences from the guide
//! None: the guide asks the question without code.
//!
//! # More to explore
//! - Inside the crate the closed set can be relied on: exhaustive handling through a hidden method
//!   ([`Shape::corners`] had no default body when it was added), or invariants that `unsafe` code
//!   trusts. You still cannot `match` on a trait's implementors; an enum is the tool for that.
pub fn main() {
    println!("{}", describe(&Circle { radius: 1.0 }));
    println!("{}", describe(&Square { side: 2.0 }));
    let shapes: [&dyn Shape; 2] = [&Circle { radius: 0.5 }, &Square { side: 3.0 }];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area of a sealed set of shapes: {total:.2}");
    println!(
        "implementing Shape outside this crate: error[E0277] (the compile-fail case implement_sealed_trait_outside_crate.rs)"
    );
    println!(
        "{} (Exporter is open; its header method is sealed)",
        export(&Csv)
    );
}

mod private {
    /// Public trait in a private module: nameable here, unreachable from other crates.
    pub trait Sealed {}

    /// A type only this crate can name or make: a method taking one is sealed.
    #[derive(Debug, Clone, Copy)]
    pub struct Token;
}

/// Public and usable everywhere, implementable only in this crate.
pub trait Shape: private::Sealed {
    fn name(&self) -> &'static str;
    fn area(&self) -> f64;
    /// Added later without a default body: fine, because every implementor is in this crate.
    fn corners(&self) -> u32;
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle {
    pub radius: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Square {
    pub side: f64,
}

impl private::Sealed for Circle {}
impl private::Sealed for Square {}

impl Shape for Circle {
    fn name(&self) -> &'static str {
        "circle"
    }
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.radius * self.radius
    }
    fn corners(&self) -> u32 {
        0
    }
}

impl Shape for Square {
    fn name(&self) -> &'static str {
        "square"
    }
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn corners(&self) -> u32 {
        4
    }
}

/// Callers can use the sealed trait as a bound like any other trait.
pub fn describe(shape: &impl Shape) -> String {
    format!(
        "{} with {} corners, area {:.2}",
        shape.name(),
        shape.corners(),
        shape.area()
    )
}

/// Open to implement anywhere; only [`Exporter::header`] is sealed.
pub trait Exporter {
    fn format(&self) -> &'static str;

    /// Sealed method: calling it needs a `private::Token`, which no other crate can name, and an impl
    /// elsewhere cannot override it for the same reason (`tests/ui/api_design/call_a_token_sealed_method.rs`).
    fn header(&self, _: private::Token) -> String {
        format!("exported as {}", self.format())
    }
}

/// An exporter of this crate.
#[derive(Debug, Clone, Copy)]
pub struct Csv;

impl Exporter for Csv {
    fn format(&self) -> &'static str {
        "csv"
    }
}

/// The crate calls the sealed method for any exporter, its own or a user's.
pub fn export(exporter: &impl Exporter) -> String {
    exporter.header(private::Token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_trait_methods_work_through_generics_and_dyn() {
        assert_eq!(
            describe(&Square { side: 2.0 }),
            "square with 4 corners, area 4.00"
        );
        let c: &dyn Shape = &Circle { radius: 1.0 };
        assert!((c.area() - std::f64::consts::PI).abs() < 1e-12);
        assert_eq!(c.corners(), 0);
    }
}
