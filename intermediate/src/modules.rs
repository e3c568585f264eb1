//! **Q17 · Crates, modules, `use` and visibility.** A crate is one compilation unit, a module a
//! namespace inside it; everything is private to its module unless marked `pub` (or `pub(crate)`,
//! `pub(super)`), and `pub use` re-exports an item under a shorter path.
//!
//! - A `pub` struct with a private field cannot be built outside its module (E0451) or read there (E0616): provide `User::new`. Proof: `cargo test -p intermediate --test compile_fail`
//! - A child module sees its parent's private items; a parent does not see its child's (E0603). Proof: `cargo test -p intermediate --lib modules::models::tests`
//! - `pub(crate)` opens an item to the whole crate, not to other crates (E0603 from outside). Proof: `cargo test -p intermediate --lib modules::tests::pub_crate_items_are_reachable_anywhere_in_the_crate`
//! - `pub use` adds a path, not a copy: `modules::User` and `modules::models::User` have one `TypeId`. Proof: `cargo run --bin modules`
//!
//! # Run it
//! `cargo run --bin modules`, then `cargo test -p intermediate --lib modules`. The guide's tree sits one
//! level down here (`crate::modules::models::User`), because this crate holds ten questions.
//!
//! # Differences from the guide
//! - The guide never reads `password_hash` (a warning); here `check_password` does: [ERRATA.md, Q17](../../ERRATA.md#q17).
//!
//! # More to explore
//! - The privacy rules are proven against this crate's real API from outside it (`tests/ui/modules/`):
//!   E0451, E0616, E0603 for the private `hash` and for the `pub(crate)` `audit_label`. "Not vice versa"
//!   (a parent calling its child's private function) is `tests/ui/modules/parent_cannot_see_child_private.rs`.
//! - A `pub` item in a private module is unreachable by its path (`tests/ui/modules/pub_item_in_private_module.rs`,
//!   E0603 "module `ids` is private") but usable through a re-export: `next_id` is reachable only as
//!   `modules::next_id`. Visibility is "effective": the narrowest module on the path wins.
//! - Enum variants and their fields take the enum's visibility: there is no private variant (`pub` on
//!   one is E0449, `tests/ui/modules/enum_variant_visibility.rs`).
//! - The guide's `hash` only prefixes `hashed_` ("simplified"); it stands for argon2 or bcrypt.
//!
//! # Follow-up
//! "What is the difference between `use super::` and `use crate::`? When do you use each?":
//! [`follow_up`], `cargo run --bin super_vs_crate`.

pub mod follow_up;

pub fn main() {
    let user = register("Alice", "alice@example.com", "hunter2");
    println!("name: {}, email: {}", user.name, user.email);
    // println!("{}", user.password_hash); // ❌ E0616 — tests/ui/modules/private_field_access.rs
    println!(
        "check_password(\"guess\"): {}, check_password(\"hunter2\"): {}",
        user.check_password("guess"),
        user.check_password("hunter2")
    );
    println!("re-export:   {}", std::any::type_name::<User>());
    println!("full path:   {}", std::any::type_name::<models::User>());
    println!(
        "same type:   {}",
        std::any::TypeId::of::<User>() == std::any::TypeId::of::<models::User>()
    );
    println!(
        "next_id() through the re-export of a private module: {}",
        next_id() > 0
    );
}

pub mod models {
    /// A `pub` struct whose fields are not all `pub`: outside this module it cannot be built with a
    /// struct literal, only with [`User::new`].
    pub struct User {
        pub name: String,
        pub email: String,
        password_hash: String, // private — not accessible outside `models`
    }

    impl User {
        pub fn new(name: &str, email: &str, password: &str) -> Self {
            Self {
                name: name.to_string(),
                email: email.to_string(),
                password_hash: hash(password),
            }
        }

        /// The only way other modules can use the private field: `models` decides what is exposed.
        pub fn check_password(&self, password: &str) -> bool {
            self.password_hash == hash(password)
        }
    }

    /// Private: only `models` and its child modules (its `tests`) can call it.
    fn hash(input: &str) -> String {
        format!("hashed_{}", input) // simplified, as in the guide: stands for argon2/bcrypt
    }

    /// `pub(crate)`: any module of this crate may call it, other crates may not.
    pub(crate) fn audit_label(user: &User) -> String {
        // A child module sees its parent's private items, and items see their own module's privates:
        // reading `password_hash` here is allowed because we are inside `models`.
        format!(
            "{} <{}> (hash length {})",
            user.name,
            user.email,
            user.password_hash.len()
        )
    }

    #[cfg(test)]
    mod tests {
        // A child module sees every private item of its ancestors: `hash` and `password_hash`.
        use super::*;

        #[test]
        fn a_child_module_sees_its_parents_private_items() {
            let user = User::new("Bob", "bob@example.com", "pw");
            assert_eq!(user.password_hash, hash("pw"));
        }
    }
}

pub mod services {
    use super::models::{self, User}; // import from sibling module

    pub fn register(name: &str, email: &str, password: &str) -> User {
        let user = User::new(name, email, password);
        println!("Registered: {}", user.name);
        // `audit_label` is `pub(crate)`: fine here, in the same crate.
        println!("Audit: {}", models::audit_label(&user));
        user
    }
}

/// A private module: its `pub` items are reachable only inside `modules`, or through a re-export.
mod ids {
    use std::sync::atomic::{AtomicU32, Ordering};

    static NEXT: AtomicU32 = AtomicU32::new(1);

    /// `pub`, but inside a private module: other crates reach it only as `modules::next_id`.
    pub fn next_id() -> u32 {
        NEXT.fetch_add(1, Ordering::Relaxed)
    }
}

pub use ids::next_id;

// Re-export for convenient access: `intermediate::modules::User` instead of `...::modules::models::User`.
pub use models::User;
pub use services::register;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_constructor_is_the_way_to_build_a_user() {
        let user = User::new("Bob", "bob@example.com", "pw");
        assert_eq!(
            (user.name.as_str(), user.email.as_str()),
            ("Bob", "bob@example.com")
        );
        assert!(user.check_password("pw"));
        assert!(!user.check_password("PW"));
    }

    #[test]
    fn a_re_export_reaches_a_pub_item_of_a_private_module() {
        let (a, b) = (next_id(), next_id());
        assert!(b > a);
    }

    #[test]
    fn pub_crate_items_are_reachable_anywhere_in_the_crate() {
        // `hash` is private to `models`, so it is not reachable from here (`tests` is a sibling of
        // `models`); the `pub(crate)` `audit_label` is.
        let user = User::new("Bob", "bob@example.com", "pw");
        assert_eq!(
            models::audit_label(&user),
            "Bob <bob@example.com> (hash length 9)"
        );
    }
}
