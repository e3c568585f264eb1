//! Follow-up: what is the difference between `use super::` and `use crate::`, and when do you use each?
//!
//! `cargo run --bin super_vs_crate`. Both are paths; they differ in where they start:
//! - `crate::` starts at the root of the current crate (`lib.rs`/`main.rs`). It is an absolute path: it
//!   means the same thing from every module, so it survives moving the *using* module around, and it is
//!   what you use to reach a distant part of the crate ([`billing::invoices`] reaching
//!   `crate::modules::models::User`).
//! - `super::` starts at the parent of the current module. It is relative: it keeps working when a whole
//!   subtree is moved or renamed together, which makes it the choice for close relatives — a
//!   submodule reaching its sibling ([`billing::invoices`] using `super::pricing`) and, above all,
//!   `#[cfg(test)] mod tests { use super::*; }`.
//! - `self::` starts at the current module (rarely needed since Rust 2018, but it disambiguates a local
//!   module from an external crate of the same name).
//!
//! `pub(super)` is the visibility that goes with it: `billing::pricing::price_cents` is visible to
//! `billing` and everything inside it, not to the rest of the crate. The output prints `module_path!()`
//! from each module, so you can see where each path starts. `super` cannot climb above the crate root:
//! `tests/ui/super_vs_crate/too_many_supers.rs` is rejected with E0433.

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

pub fn main() {
    let user = crate::modules::register("Alice", "alice@example.com", "hunter2");
    println!("{}", billing::invoices::invoice_for(&user, 3));
    println!("in invoices ({}):", billing::invoices::here());
    println!("  super::         = {}", billing::here());
    println!("  super::pricing  = {}", billing::pricing::here());
    println!(
        "  crate::         = {} (the same from every module)",
        crate_root()
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

/// The crate root's path, as `module_path!()` spells it: the crate's name.
fn crate_root() -> &'static str {
    let here = module_path!();
    here.split("::").next().unwrap_or(here)
}
