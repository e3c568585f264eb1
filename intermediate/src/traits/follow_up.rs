//! **Q11 follow-up · `impl Trait` vs `dyn Trait`.** `impl Trait` is static dispatch (the type known at
//! compile time, a copy per type, inlinable calls); `dyn Trait` is dynamic dispatch (the type erased
//! behind a fat pointer, one copy, each call through a vtable).
//!
//! - `&dyn Describable` is a fat pointer (data + vtable), twice a thin one. Proof: `cargo test -p intermediate --lib traits::follow_up::tests::dyn_pointers_are_fat_concrete_pointers_are_thin`
//! - Only `dyn` mixes types in one `Vec`; a returned `impl Trait` is one type (two are E0308). Proof: `cargo test -p intermediate --test compile_fail`
//! - A method returning `Self` makes a trait unusable as `dyn` (E0038), unless `where Self: Sized`. Proof: `cargo test -p intermediate --lib traits::follow_up::tests::where_self_sized_keeps_the_trait_dyn_compatible`
//! - Edition 2024: a returned `impl Trait` captures every lifetime in scope; `+ use<>` says it captures none. Proof: `cargo test -p intermediate --lib traits::follow_up::tests::use_nothing_lets_the_caller_drop_the_argument`
//! - Default to generics; use `dyn` for mixed collections, plugins, or one copy of big code. Proof: `cargo bench -p intermediate --bench dispatch`
//!
//! # Run it
//! `cargo run --bin impl_vs_dyn`, then `cargo test -p intermediate --lib traits::follow_up`. The same
//! summaries both ways, the pointer sizes, then a `Vec` of mixed types.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - Speed: `summary()` costs about the same either way (the `String` formatting dominates), while a
//!   one-line `price()` summed over 1000 items is several times faster static than through `&dyn` or
//!   `Box<dyn>`, because the generic loop is inlined and optimised as a whole: CLAIMS.md row 45,
//!   `cargo bench -p intermediate --bench dispatch`. Q22 measures the vtable call itself.
//! - Copies: `describe_static::<Product>` and `::<Service>` have different addresses here. That is an
//!   illustration, not a proof (`std::ptr::fn_addr_eq` may merge or split functions); Q12's follow-up
//!   counts the copies in the object file.
//! - Without `use<>`, the 2024 rule makes `let f = total(&names); drop(names); f()` E0505, and rustc's
//!   note names the new capture rule (`tests/ui/traits/rpit_captures_every_lifetime.rs`). In 2021 an
//!   RPIT captured only the lifetimes it named.
//! - `Box<dyn Trait>` means `Box<dyn Trait + 'static>`: boxing a borrowed `&str` as `Box<dyn Display>`
//!   is rejected, `+ '_` allows it (`tests/ui/traits/box_dyn_defaults_to_static.rs`).
//! - Why a method returning `Self` is excluded: the caller of a `dyn` method does not know the concrete
//!   type, so it cannot hold a `Self` by value (`tests/ui/traits/dyn_incompatible_trait.rs`).

use super::{Describable, Product, Service};
use std::mem::size_of;

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

    let (for_product, for_service) = function_addresses();
    println!("-- function copies --");
    println!(
        "describe_static::<Product> and ::<Service> have different addresses: {}",
        for_product != for_service
    );

    println!("-- only dyn mixes types in one collection --");
    let items: Vec<Box<dyn Describable>> = vec![Box::new(product), Box::new(service), pick(true)];
    for item in &items {
        println!("{}", item.summary());
    }
    println!("chosen at runtime: {}", pick(false).summary());
    println!("returned as impl Describable: {}", cheapest().summary());

    println!("-- where Self: Sized keeps a trait usable as dyn --");
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Square(3.0).doubled())];
    let areas: Vec<f64> = shapes.iter().map(|s| s.area()).collect();
    println!("areas through dyn Shape: {areas:?}");

    println!("-- + use<> : the returned closure borrows nothing --");
    let names = vec!["Ann".to_string(), "Bob".to_string()];
    let total = total_len(&names);
    drop(names);
    println!("total length after the names were dropped: {}", total());
}

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

/// Addresses of the two instances of `describe_static` (an illustration: see the module doc).
pub fn function_addresses() -> (usize, usize) {
    let for_product = describe_static::<Product> as fn(&Product) -> String as usize;
    let for_service = describe_static::<Service> as fn(&Service) -> String as usize;
    (for_product, for_service)
}

/// A trait with a method returning `Self`, still usable as `dyn Shape`: `where Self: Sized` takes
/// `doubled` out of the vtable (it cannot be called on a `dyn Shape`, only on concrete types).
pub trait Shape {
    fn area(&self) -> f64;

    fn doubled(&self) -> Self
    where
        Self: Sized;
}

pub struct Square(pub f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }

    fn doubled(&self) -> Self {
        Square(self.0 * 2.0)
    }
}

/// Edition 2024 precise capturing: without `+ use<>`, the returned closure would be assumed to borrow
/// `names` (every lifetime in scope is captured), and the caller could not drop `names` while holding
/// it (E0505, `tests/ui/traits/rpit_captures_every_lifetime.rs`).
pub fn total_len(names: &[String]) -> impl Fn() -> usize + use<> {
    let total: usize = names.iter().map(String::len).sum();
    move || total
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
        // An illustration only: std does not promise distinct addresses for distinct functions.
        let (for_product, for_service) = function_addresses();
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

    #[test]
    fn where_self_sized_keeps_the_trait_dyn_compatible() {
        let shapes: Vec<Box<dyn Shape>> =
            vec![Box::new(Square(1.5)), Box::new(Square(1.5).doubled())];
        let areas: Vec<f64> = shapes.iter().map(|s| s.area()).collect();
        assert_eq!(areas, [2.25, 9.0]);
    }

    #[test]
    fn use_nothing_lets_the_caller_drop_the_argument() {
        let names = vec!["Ann".to_string(), "Bo".to_string()];
        let total = total_len(&names);
        drop(names);
        assert_eq!(total(), 5);
    }
}
