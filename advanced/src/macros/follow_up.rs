//! **Q27 follow-up · Procedural macros and `#[derive(Debug)]`.** A procedural macro is a Rust function in a
//! `proc-macro = true` crate that the compiler runs on your item's tokens; `#[derive(Debug)]` is one built
//! into the compiler, and it adds an `impl Debug` that calls the formatter's builders field by field.
//!
//! - [`mini`]'s `#[derive(MiniDebug)]` (crate `advanced-derive`) parses the tokens with `syn` and writes
//!   the impl with `quote!`; it prints what `#[derive(Debug)]` and a hand-written impl print.
//!   Proof: `cargo test -p advanced --lib macros::follow_up::tests::the_three_debug_impls_print_the_same_text`
//! - Generated code is type-checked after expansion: a field that is not `Debug` is E0277, and the
//!   macro's own error (a union) has no code. Proof: `cargo test -p advanced --test compile_fail`
//! - A derive sees tokens, not types, so it bounds every type parameter (`T: Debug`), even one used only in
//!   `PhantomData<T>`. Proof: `cargo test -p advanced --test compile_fail`
//! - Proc-macro names are not hygienic by default; the derive gives its formatter mixed-site hygiene, so
//!   a field called `__formatter` cannot shadow it. Proof: `cargo test -p advanced --lib macros::follow_up::tests::a_field_named`
//!
//! # Run it
//! `cargo run --bin derive_macros`: the same line three times, then the text of the impl `MiniDebug`
//! generated.
//!
//! # Differences from the guide
//! - serde's generated lines are measured by a script: [ERRATA.md, Q27](../../../ERRATA.md#q27).
//!
//! # More to explore
//! - The standard derive calls an unstable helper, `Formatter::debug_struct_field3_finish(f, "Order",
//!   "id", &self.id, "item", &self.item, "qty", &&self.qty)`; [`by_hand::Order`] uses the stable builder
//!   (`f.debug_struct("Order").field("id", &self.id)...finish()`).
//! - The three kinds: `#[proc_macro_derive]` (adds items), `#[proc_macro_attribute]` (replaces the item)
//!   and `#[proc_macro]` (function-like).
//! - serde's derive output: `bash performance/scripts/serde-expansion.sh` counts the lines that
//!   `-Zunpretty=expanded` shows (CLAIMS.md row 19). There is no reflection: the cost is compile time,
//!   and `syn` is itself one of the slower crates in a clean build.

use advanced_derive::MiniDebug;

macro_rules! order {
    ($module:ident) => {
        $module::Order {
            id: 7,
            item: "keyboard".to_string(),
            qty: 2,
        }
    };
}

pub fn main() {
    println!("#[derive(Debug)]     {:?}", order!(std_derive));
    println!("by hand              {:?}", order!(by_hand));
    println!("#[derive(MiniDebug)] {:?}", order!(mini));
    println!(
        "pretty output identical for all three: {}",
        [
            format!("{:#?}", order!(by_hand)),
            format!("{:#?}", order!(mini))
        ]
        .iter()
        .all(|s| *s == format!("{:#?}", order!(std_derive)))
    );
    println!(
        "enum and generic: {:?} {:?}",
        mini::Status::Delayed {
            days: 2,
            reason: "storm"
        },
        mini::Pair(1.5, 2.5)
    );
    println!("what #[derive(MiniDebug)] generated for Order:");
    println!("{}", mini::Order::MINI_DEBUG_EXPANSION);
}

/// `#[derive(Debug)]`, the compiler's built-in derive.
pub mod std_derive {
    #[derive(Debug)]
    pub struct Order {
        pub id: u32,
        pub item: String,
        pub qty: u16,
    }

    #[derive(Debug)]
    pub enum Status {
        Pending,
        Shipped(String),
        Delayed { days: u8, reason: &'static str },
    }

    #[derive(Debug)]
    pub struct Pair<T>(pub T, pub T);
}

/// What `#[derive(Debug)]` expands to for `Order`, written by hand with the stable builder API.
pub mod by_hand {
    use std::fmt;

    pub struct Order {
        pub id: u32,
        pub item: String,
        pub qty: u16,
    }

    impl fmt::Debug for Order {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            // The derive calls `fmt::Formatter::debug_struct_field3_finish(f, "Order", "id", &self.id,
            // "item", &self.item, "qty", &&self.qty)`, an unstable shortcut for exactly this chain.
            f.debug_struct("Order")
                .field("id", &self.id)
                .field("item", &self.item)
                .field("qty", &self.qty)
                .finish()
        }
    }
}

/// The same types with `#[derive(MiniDebug)]` from the `advanced-derive` crate.
pub mod mini {
    use super::MiniDebug;

    #[derive(MiniDebug)]
    pub struct Order {
        pub id: u32,
        pub item: String,
        pub qty: u16,
    }

    #[derive(MiniDebug)]
    pub enum Status {
        Pending,
        Shipped(String),
        Delayed { days: u8, reason: &'static str },
    }

    #[derive(MiniDebug)]
    pub struct Pair<T>(pub T, pub T);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_debug_impls_print_the_same_text() {
        let std = order!(std_derive);
        for text in [
            (format!("{:?}", order!(by_hand)), format!("{:?}", std)),
            (format!("{:?}", order!(mini)), format!("{:?}", std)),
            (format!("{:#?}", order!(by_hand)), format!("{:#?}", std)),
            (format!("{:#?}", order!(mini)), format!("{:#?}", std)),
        ] {
            assert_eq!(text.0, text.1);
        }
        assert_eq!(
            format!("{std:?}"),
            r#"Order { id: 7, item: "keyboard", qty: 2 }"#
        );
    }

    #[test]
    fn mini_debug_matches_derive_debug_on_enums_and_generics() {
        let cases = [
            (mini::Status::Pending, std_derive::Status::Pending),
            (
                mini::Status::Shipped("DHL".into()),
                std_derive::Status::Shipped("DHL".into()),
            ),
            (
                mini::Status::Delayed {
                    days: 3,
                    reason: "customs",
                },
                std_derive::Status::Delayed {
                    days: 3,
                    reason: "customs",
                },
            ),
        ];
        for (m, s) in cases {
            assert_eq!(format!("{m:?}"), format!("{s:?}"));
            assert_eq!(format!("{m:#?}"), format!("{s:#?}"));
        }
        assert_eq!(
            format!("{:?}", mini::Pair("a", "b")),
            format!("{:?}", std_derive::Pair("a", "b"))
        );
    }

    #[test]
    fn a_field_named_like_the_formatter_does_not_shadow_it() {
        // The derive names its parameter `__formatter` with mixed-site hygiene, so this field, bound
        // under the same name inside `fmt`, is another variable.
        #[derive(MiniDebug)]
        struct Clash {
            __formatter: u8,
        }
        assert_eq!(
            format!("{:?}", Clash { __formatter: 1 }),
            "Clash { __formatter: 1 }"
        );
    }

    #[test]
    fn the_generated_impl_uses_the_public_builder_api() {
        let text = mini::Order::MINI_DEBUG_EXPANSION;
        assert!(
            text.starts_with("impl :: core :: fmt :: Debug for Order"),
            "{text}"
        );
        assert!(text.contains("debug_struct(\"Order\")"), "{text}");
        assert_eq!(text.matches(".field(").count(), 3, "{text}");
    }
}
