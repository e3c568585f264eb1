//! Q17 — Crates, modules, `use` and visibility: everything is private to its module unless marked
//! `pub` (or `pub(crate)`, `pub(super)`), and `pub use` re-exports an item under a shorter path.
//!
//! Run `cargo run --bin modules`. The guide writes its tree at the root of a `lib.rs`; here the same
//! tree sits one level down, in `intermediate::modules`, because this crate holds ten questions. So the
//! guide's `crate::models::User` is `crate::modules::models::User` here, and the re-exports make it
//! `intermediate::modules::User` for users of the crate. What to notice in the output:
//! - `type_name` shows that the re-exported `modules::User` and `modules::models::User` are one and the
//!   same type: `pub use` adds a path, not a copy.
//! - `password_hash` is private, so code outside `models` can only reach it through methods that
//!   `models` chose to offer ([`models::User::check_password`]); `audit_label` is `pub(crate)`, callable
//!   from `services` but not from another crate.
//!
//! The privacy rules are proven against this crate's real public API by compile-fail cases in
//! `tests/ui/modules/`, each using `intermediate::modules::...` from outside the crate:
//! - `private_field_in_struct_literal.rs`: building `User { .. }` with the private field — E0451 (the
//!   guide's common mistake: a `pub` struct with private fields can only be built through `User::new`);
//! - `private_field_access.rs`: reading `user.password_hash` — E0616;
//! - `private_function.rs`: calling the private `models::hash` — E0603;
//! - `pub_crate_from_another_crate.rs`: calling the `pub(crate)` `models::audit_label` — E0603.
//!
//! The guide's `hash` only prefixes the password with `hashed_`, as it says ("simplified"); it stands
//! for a real password hash (argon2, bcrypt) and is kept so that the output stays readable.
//!
//! Follow-up (`use super::` vs `use crate::`): [`follow_up`], `cargo run --bin super_vs_crate`.

pub mod follow_up;

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

    /// Private: only `models` (and its child modules, if it had any) can call it.
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

// Re-export for convenient access: `intermediate::modules::User` instead of `...::modules::models::User`.
pub use models::User;
pub use services::register;

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
}

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
    fn pub_crate_items_are_reachable_anywhere_in_the_crate() {
        // `hash` is private to `models`, so it is not reachable from here (a sibling's child); the
        // `pub(crate)` `audit_label` is.
        let user = User::new("Bob", "bob@example.com", "pw");
        assert_eq!(
            models::audit_label(&user),
            "Bob <bob@example.com> (hash length 9)"
        );
    }
}
