//! **Q17 follow-up · `use super::` vs `use crate::`.** Both are paths that differ in where they start:
//! `crate::` at the crate root (absolute, the same from every module), `super::` at the parent of the
//! current module (relative, moves with the subtree).
//!
//! - Use `crate::` to reach a distant part of the crate: `invoices` imports `crate::modules::models::User`. Proof: `cargo test -p intermediate --lib modules::follow_up::billing::invoices::tests`
//! - Use `super::` for close relatives: `invoices` uses its sibling `super::pricing`, and every `mod tests` says `use super::*`. Proof: `cargo run --bin super_vs_crate`
//! - `super` cannot climb above the crate root: E0433. Proof: `cargo test -p intermediate --test compile_fail`
//! - `pub(super)` goes with it: `price_cents` is visible to `billing` and below, not to the rest of the crate (E0603). Proof: `cargo test -p intermediate --test compile_fail`
//!
//! # Run it
//! `cargo run --bin super_vs_crate`, then `cargo test -p intermediate --lib modules::follow_up`. It prints
//! `module_path!()` from each module, so you can see where each path starts.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - `self::` starts at the current module: rarely needed since Rust 2018, but it tells a local module
//!   from an external crate of the same name ([`billing::total_cents`]).
//! - `mod` declares a module (once, in its parent); `use` only imports a path. Writing `mod foo;` in two
//!   files declares two modules.
//! - `pub(in crate::modules)` names the module an item is visible to.

pub fn main() {
    let user = crate::modules::register("Alice", "alice@example.com", "hunter2");
    println!("{}", billing::invoices::invoice_for(&user, 3));
    println!("in invoices ({}):", billing::invoices::here());
    println!("  super::         = {}", billing::here());
    println!("  super::pricing  = {}", billing::pricing::here());
    let root_from_invoices = billing::invoices::here().split("::").next();
    println!(
        "  crate::         = {} (the same seen from invoices: {})",
        crate_root(),
        root_from_invoices == Some(crate_root())
    );
    println!(
        "  crate::modules::models::User = {}",
        std::any::type_name::<crate::modules::models::User>()
    );
    println!(
        "in billing, self::pricing::price_cents(3) = {}",
        billing::total_cents(3)
    );
}

pub mod billing {
    pub mod pricing {
        /// Visible to `billing` (the parent) and its descendants only.
        pub(super) fn price_cents(items: u32) -> u32 {
            items * 1_999
        }

        pub fn here() -> &'static str {
            module_path!()
        }
    }

    pub mod invoices {
        // Close relative, moves together with this subtree: relative path.
        use super::pricing;
        // Another part of the crate: absolute path, unaffected by where `billing` lives.
        use crate::modules::models::User;

        pub fn invoice_for(user: &User, items: u32) -> String {
            let cents = pricing::price_cents(items);
            format!(
                "invoice for {}: {items} item(s), {}.{:02} EUR",
                user.name,
                cents / 100,
                cents % 100
            )
        }

        pub fn here() -> &'static str {
            module_path!()
        }

        #[cfg(test)]
        mod tests {
            use super::*; // the most common `super::` of all: the module under test

            #[test]
            fn prices_through_the_sibling_module() {
                let user = User::new("Alice", "alice@example.com", "pw");
                assert_eq!(
                    invoice_for(&user, 3),
                    "invoice for Alice: 3 item(s), 59.97 EUR"
                );
            }
        }
    }

    pub fn here() -> &'static str {
        module_path!()
    }

    /// `self::` names a child of the current module explicitly.
    pub fn total_cents(items: u32) -> u32 {
        self::pricing::price_cents(items)
    }
}

/// The crate root's path, as `module_path!()` spells it: the crate's name.
fn crate_root() -> &'static str {
    let here = module_path!();
    here.split("::").next().unwrap_or(here)
}
