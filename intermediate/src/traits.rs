//! **Q11 · Traits.** A trait is a named set of methods that many types implement: code written once
//! against the trait serves all of them, and a default method gives every implementor behaviour for free.
//!
//! - `print_item(&impl Describable)` is written once and prints a `Product` and a `Service`. Proof: `cargo run --bin traits`
//! - A default method (`summary`) is built on the required one (`describe`); an implementor may override it (`Bundle`). Proof: `cargo test -p intermediate --lib traits::tests`
//! - Orphan rule: an impl needs a local trait or type. `impl Describable for f64` and `impl From<HexBytes> for String` compile; `impl Display for Vec<u8>` is E0117. Proof: `cargo test -p intermediate --test compile_fail`
//! - A newtype (`HexBytes`) gets around it at no runtime cost: same size as the `Vec<u8>` it wraps. Proof: `cargo test -p intermediate --lib traits::tests::the_newtype_costs_nothing_and_formats_as_hex`
//!
//! # Run it
//! `cargo run --bin traits`, then `cargo test -p intermediate --lib traits`. The guide's two lines come
//! first; then an override, a local trait on `f64`, and the orphan-rule cases.
//!
//! # Differences from the guide
//! - The orphan rule restricts impls, it does not allow them: [ERRATA.md, Q11](../../ERRATA.md#q11).
//! - The guide's `use std::fmt;` is unused (a warning); here `HexBytes` uses it: [ERRATA.md, Q11](../../ERRATA.md#q11).
//!
//! # More to explore
//! The rule precisely (RFC 2451): `impl ForeignTrait<T1..Tn> for T0` is accepted when one of the `Ti` is
//! a local type and no uncovered type parameter comes before it; `&Local`, `&mut Local`, `Box<Local>` and
//! `Pin<Local>` count as local. That is why `impl From<HexBytes> for String` compiles (the local type is
//! the trait's parameter), and why rustc's note in the stored E0117 message speaks of "local type before
//! any uncovered type parameters". The newtype is also how you add *your* invariants to a foreign type.
//!
//! # Follow-up
//! "What is the difference between `impl Trait` and `dyn Trait`? When would you use each?":
//! [`follow_up`], `cargo run --bin impl_vs_dyn`.

use std::fmt;

pub mod follow_up;

pub fn main() {
    let laptop = Product {
        name: "Laptop".into(),
        price: 75000.0,
    };
    let consulting = Service {
        name: "DevOps Consulting".into(),
        hourly_rate: 5000.0,
    };
    print_item(&laptop); // Summary: Laptop — ₹75000.00
    print_item(&consulting); // Summary: DevOps Consulting — ₹5000.00/hr

    // A type that overrides the default method.
    let bundle = Bundle {
        items: vec![
            laptop,
            Product {
                name: "Mouse".into(),
                price: 1500.0,
            },
        ],
    };
    print_item(&bundle);

    // Local trait, foreign type: fine.
    print_item(&249.5_f64);

    // Foreign trait, foreign type: not allowed directly (E0117), fine through a newtype.
    // impl fmt::Display for Vec<u8> { ... } // ❌ E0117 — tests/ui/traits/orphan_rule_foreign_trait_for_foreign_type.rs
    let bytes = HexBytes(vec![0xde, 0xad, 0xbe, 0xef]);
    println!("newtype Display for Vec<u8>: {bytes}");

    // Foreign trait, foreign type, but a local type as the trait's parameter: allowed.
    let text: String = HexBytes(vec![0xca, 0xfe]).into();
    println!("impl From<HexBytes> for String: {text}");
}

/// A required method (`describe`) and a default one (`summary`) built on top of it.
pub trait Describable {
    fn describe(&self) -> String;

    /// Default implementation: implementors get it for free and may override it.
    fn summary(&self) -> String {
        format!("Summary: {}", self.describe())
    }
}

pub struct Product {
    pub name: String,
    pub price: f64,
}

pub struct Service {
    pub name: String,
    pub hourly_rate: f64,
}

impl Describable for Product {
    fn describe(&self) -> String {
        format!("{} — ₹{:.2}", self.name, self.price)
    }
}

impl Describable for Service {
    fn describe(&self) -> String {
        format!("{} — ₹{:.2}/hr", self.name, self.hourly_rate)
    }
}

/// Overrides the default `summary` instead of keeping it.
pub struct Bundle {
    pub items: Vec<Product>,
}

impl Describable for Bundle {
    fn describe(&self) -> String {
        let names: Vec<&str> = self.items.iter().map(|p| p.name.as_str()).collect();
        format!("bundle of {}", names.join(" + "))
    }

    fn summary(&self) -> String {
        let total: f64 = self.items.iter().map(|p| p.price).sum();
        format!(
            "Bundle: {} item(s), ₹{:.2} in total",
            self.items.len(),
            total
        )
    }
}

/// Our trait for a type we did not write: allowed, because the trait is local to this crate.
impl Describable for f64 {
    fn describe(&self) -> String {
        format!("₹{self:.2}")
    }
}

/// A newtype: the way to implement a foreign trait (`Display`) for a foreign type (`Vec<u8>`).
///
/// `impl fmt::Display for Vec<u8>` would be rejected with E0117 (orphan rule); `HexBytes` is local, so
/// the `impl` is ours to write. It has the same size as the `Vec` it wraps.
pub struct HexBytes(pub Vec<u8>);

impl fmt::Display for HexBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in &self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

/// A foreign trait (`From`) for a foreign type (`String`), accepted because the local `HexBytes` is the
/// trait's type parameter: the orphan rule asks for a local type, not for a local `Self`.
impl From<HexBytes> for String {
    fn from(bytes: HexBytes) -> String {
        bytes.to_string()
    }
}

/// Static dispatch: one copy of this function is compiled per concrete type it is called with.
pub fn print_item(item: &impl Describable) {
    println!("{}", item.summary());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_summary_wraps_describe() {
        let p = Product {
            name: "Laptop".into(),
            price: 75000.0,
        };
        assert_eq!(p.summary(), "Summary: Laptop — ₹75000.00");
    }

    #[test]
    fn an_override_replaces_the_default() {
        let b = Bundle {
            items: vec![Product {
                name: "A".into(),
                price: 1.0,
            }],
        };
        assert_eq!(b.summary(), "Bundle: 1 item(s), ₹1.00 in total");
        assert_eq!(b.describe(), "bundle of A");
    }

    #[test]
    fn local_trait_on_a_foreign_type() {
        assert_eq!(2.5_f64.summary(), "Summary: ₹2.50");
    }

    #[test]
    fn the_newtype_costs_nothing_and_formats_as_hex() {
        assert_eq!(
            std::mem::size_of::<HexBytes>(),
            std::mem::size_of::<Vec<u8>>()
        );
        assert_eq!(HexBytes(vec![0, 15, 255]).to_string(), "000fff");
        assert_eq!(HexBytes(Vec::new()).to_string(), "");
    }

    #[test]
    fn a_foreign_trait_for_a_foreign_type_with_a_local_parameter() {
        assert_eq!(String::from(HexBytes(vec![0xca, 0xfe])), "cafe");
    }
}
