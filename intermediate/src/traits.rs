//! Q11 — Traits: a named set of methods that many types implement, with default methods that an
//! implementor may keep or override.
//!
//! Run `cargo run --bin traits`. The first two lines are the guide's output: `print_item` is written once
//! against the trait and works for `Product` and `Service`, and both use the *default* `summary`, which
//! calls each type's own `describe`. The next lines show an override of the default (`Bundle`) and what
//! the orphan rule allows and forbids when the type or the trait is not yours.
//!
//! Where this differs from the guide: the guide says traits "can be implemented for any type (even types
//! you didn't create, via the orphan rule)". The orphan rule is a *limit*, not a permission: an `impl` is
//! only accepted if the trait or the type is defined in the current crate. So `impl Describable for f64`
//! (our trait, foreign type) compiles, but `impl Display for Vec<u8>` (foreign trait, foreign type) is
//! error E0117 — see `tests/ui/traits/orphan_rule_foreign_trait_for_foreign_type.rs`. The way around it
//! is a newtype, [`HexBytes`]: a one-field struct of ours that wraps the `Vec<u8>`, costs nothing at
//! runtime (`size_of::<HexBytes>() == size_of::<Vec<u8>>()`, asserted in a test) and may implement any
//! trait.
//!
//! Follow-up (impl Trait vs dyn Trait): [`follow_up`], `cargo run --bin impl_vs_dyn`.

use std::fmt;

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

/// Static dispatch: one copy of this function is compiled per concrete type it is called with.
pub fn print_item(item: &impl Describable) {
    println!("{}", item.summary());
}

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
}

/// Follow-up: what is the difference between `impl Trait` and `dyn Trait`, and when would you use each?
///
/// `impl Trait` (in argument position it is a generic parameter; in return position, one hidden
/// concrete type) is *static dispatch*: the concrete type is known at compile time, the call is direct
/// and can be inlined, and the compiler makes one copy of the function per type it is used with.
/// `dyn Trait` is *dynamic dispatch*: the concrete type is erased behind a pointer, each call goes
/// through a vtable, and there is one copy of the function for all types.
///
/// What the binary (`cargo run --bin impl_vs_dyn`) shows; the sizes and addresses are asserted by the
/// tests below, the two errors by compile-fail cases:
/// - a reference to a concrete type is 8 bytes, `&dyn Describable` and `Box<dyn Describable>` are 16
///   (a fat pointer: data pointer + vtable pointer) on a 64-bit target;
/// - `describe_static::<Product>` and `describe_static::<Service>` are two different functions (two
///   different addresses), while `describe_dyn`, which is not generic, is one function used for both;
/// - only `dyn` can hold different types in one collection (`Vec<Box<dyn Describable>>`);
/// - a function returning `impl Trait` must return one single type: returning a `Product` on one branch
///   and a `Service` on the other is E0308 (`tests/ui/traits/impl_trait_return_two_types.rs`); returning
///   `Box<dyn Describable>` works;
/// - not every trait can be `dyn`: a method returning `Self` makes it not dyn-compatible, E0038
///   (`tests/ui/traits/dyn_incompatible_trait.rs`).
///
/// Timings (`cargo bench -p intermediate --bench dispatch`; 1.95.0, release, three runs on a quiet
/// 2-core x86-64 machine, load below 1.3): `summary()` takes about 0.25 µs either way — the vtable
/// call is lost in the `String` formatting; a one-line `price()` summed over 1000 items takes about
/// 0.48 µs static vs 3.8–4.0 µs through `&dyn` or `Box<dyn>` (about 8×), because the generic version
/// is inlined and the loop optimised as a whole, while every `dyn` call is an opaque indirect call.
///
/// Use `impl Trait`/generics by default (fast, inlinable) and when one type is used per call site;
/// use `dyn Trait` for heterogeneous collections, plugins chosen at runtime, or to stop a generic from
/// being copied into many instances (smaller binary, faster compile).
pub mod follow_up {
    use super::{Describable, Product, Service};
    use std::mem::size_of;

    /// Static dispatch: monomorphized per `T`.
    pub fn describe_static<T: Describable>(item: &T) -> String {
        item.summary()
    }

    /// Dynamic dispatch: one function, the call to `summary` goes through the vtable.
    pub fn describe_dyn(item: &dyn Describable) -> String {
        item.summary()
    }

    /// Picks a type at runtime: only possible behind `dyn` (with `impl Describable` it is E0308).
    pub fn pick(hourly: bool) -> Box<dyn Describable> {
        if hourly {
            Box::new(Service {
                name: "Support".into(),
                hourly_rate: 800.0,
            })
        } else {
            Box::new(Product {
                name: "Keyboard".into(),
                price: 2500.0,
            })
        }
    }

    /// `impl Trait` in return position: one concrete type, hidden from the caller.
    pub fn cheapest() -> impl Describable {
        Product {
            name: "Cable".into(),
            price: 199.0,
        }
    }

    /// Sizes of the pointers involved, in bytes.
    pub fn pointer_sizes() -> [(&'static str, usize); 4] {
        [
            ("&Product", size_of::<&Product>()),
            ("&dyn Describable", size_of::<&dyn Describable>()),
            ("Box<Product>", size_of::<Box<Product>>()),
            ("Box<dyn Describable>", size_of::<Box<dyn Describable>>()),
        ]
    }

    /// Addresses of the two instances of `describe_static` and of the single `describe_dyn`.
    pub fn function_addresses() -> (usize, usize, usize) {
        let for_product = describe_static::<Product> as fn(&Product) -> String as usize;
        let for_service = describe_static::<Service> as fn(&Service) -> String as usize;
        let dynamic = describe_dyn as fn(&dyn Describable) -> String as usize;
        (for_product, for_service, dynamic)
    }

    pub fn main() {
        let product = Product {
            name: "Laptop".into(),
            price: 75000.0,
        };
        let service = Service {
            name: "DevOps Consulting".into(),
            hourly_rate: 5000.0,
        };

        println!("static: {}", describe_static(&product));
        println!("static: {}", describe_static(&service));
        println!("dyn:    {}", describe_dyn(&product));
        println!("dyn:    {}", describe_dyn(&service));

        println!("-- pointer sizes (bytes) --");
        for (name, size) in pointer_sizes() {
            println!("{name:<22} {size}");
        }

        let (for_product, for_service, _dynamic) = function_addresses();
        println!("-- function copies --");
        println!(
            "describe_static::<Product> and ::<Service> are different functions: {}",
            for_product != for_service
        );
        println!("describe_dyn is one function for every type: 1 copy");

        println!("-- only dyn mixes types in one collection --");
        let items: Vec<Box<dyn Describable>> =
            vec![Box::new(product), Box::new(service), pick(true)];
        for item in &items {
            println!("{}", item.summary());
        }
        println!("chosen at runtime: {}", pick(false).summary());
        println!("returned as impl Describable: {}", cheapest().summary());
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn dyn_pointers_are_fat_concrete_pointers_are_thin() {
            let word = size_of::<usize>();
            assert_eq!(
                pointer_sizes(),
                [
                    ("&Product", word),
                    ("&dyn Describable", 2 * word),
                    ("Box<Product>", word),
                    ("Box<dyn Describable>", 2 * word),
                ]
            );
        }

        #[test]
        fn each_type_gets_its_own_copy_of_the_generic_function() {
            let (for_product, for_service, _) = function_addresses();
            assert_ne!(for_product, for_service);
        }

        #[test]
        fn both_dispatches_give_the_same_answer() {
            let service = Service {
                name: "x".into(),
                hourly_rate: 1.0,
            };
            assert_eq!(describe_static(&service), describe_dyn(&service));
            assert_eq!(pick(true).describe(), "Support — ₹800.00/hr");
            assert_eq!(pick(false).describe(), "Keyboard — ₹2500.00");
        }
    }
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
}
