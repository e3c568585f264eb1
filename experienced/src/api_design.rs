//! Q29 — API guidelines: newtypes for IDs, a builder with defaults for a config with many optional
//! fields, the standard traits implemented, private fields, and `#[non_exhaustive]` for types that will
//! grow.
//!
//! Run `cargo run --bin api_design`. The first line is the guide's output (the builder's `Debug`
//! output). What to notice after it:
//! - `UserId` and `OrderId` are both a `u64` inside, yet passing one where the other is expected does not
//!   compile (`tests/ui/api_design/order_id_as_user_id.rs`, E0308) and costs nothing at run time (same
//!   size as `u64`, asserted by a test);
//! - the standard traits are there and behave as a user expects: `Display` for people, `Debug` for
//!   developers, `Eq`/`Hash` so an ID can key a `HashMap`, `FromStr` that rejects bad input with a clear
//!   error instead of panicking, `Send + Sync` checked at compile time;
//! - `ServerConfig`'s fields are private: readers go through getters, so the representation can change
//!   without breaking callers (the guide's "common mistake" is making them `pub`);
//! - `#[non_exhaustive]` on `ApiError`: code outside this crate cannot match it exhaustively
//!   (`tests/ui/api_design/non_exhaustive_match_without_wildcard.rs`, E0004) and cannot build a
//!   `#[non_exhaustive]` struct with a literal (`tests/ui/api_design/non_exhaustive_struct_literal.rs`,
//!   E0639), so a new variant or field is not a breaking change.
//!
//! The guide's `main` binds `let user = get_user(UserId(42));` and never uses it (an unused-variable
//! warning); here it is printed. The guide's rule 1 ("accept borrowed, return owned") is shown by
//! [`ServerConfigBuilder::new`] (takes `impl Into<String>`) and [`ServerConfig::host`] (returns `&str`).
//!
//! Follow-up (sealed traits): [`follow_up`], `cargo run --bin sealed_traits`.
use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

/// A user's ID. The field is private: a `UserId` can only be made on purpose (`UserId::new`, `parse`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UserId(u64);

/// An order's ID: the same `u64` inside, a different type to the compiler.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OrderId(u64);

impl UserId {
    pub const fn new(raw: u64) -> Self {
        Self(raw)
    }

    /// The raw number, for the database layer. Reading it is explicit, never implicit.
    pub const fn get(self) -> u64 {
        self.0
    }
}

impl OrderId {
    pub const fn new(raw: u64) -> Self {
        Self(raw)
    }

    pub const fn get(self) -> u64 {
        self.0
    }
}

/// `Display` is for people (logs, messages); `Debug` stays the derived, developer-facing form.
impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "user#{}", self.0)
    }
}

impl fmt::Display for OrderId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "order#{}", self.0)
    }
}

/// Why a string is not a [`UserId`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIdError {
    input: String,
    reason: ParseIntError,
}

impl fmt::Display for ParseIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid user id {:?}: {}", self.input, self.reason)
    }
}

impl std::error::Error for ParseIdError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.reason)
    }
}

/// Parses what `Display` prints (`user#42`) or a bare number (`42`), so IDs from URLs or logs can be
/// read back. Bad input is an error value with the offending text, never a panic.
impl FromStr for UserId {
    type Err = ParseIdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits = s.strip_prefix("user#").unwrap_or(s);
        digits
            .parse::<u64>()
            .map(UserId)
            .map_err(|reason| ParseIdError {
                input: s.to_string(),
                reason,
            })
    }
}

/// Cannot accidentally be given an `OrderId`: `tests/ui/api_design/order_id_as_user_id.rs` (E0308).
pub fn get_user(id: UserId) -> String {
    format!("User#{}", id.0)
}

/// A server's configuration. Fields are private: the builder makes it, getters read it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ServerConfig {
    host: String,
    port: u16,
    max_connections: usize,
    tls: bool,
}

impl ServerConfig {
    /// Borrowed out, so reading the host allocates nothing.
    pub fn host(&self) -> &str {
        &self.host
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn max_connections(&self) -> usize {
        self.max_connections
    }

    pub fn tls(&self) -> bool {
        self.tls
    }
}

/// Builds a [`ServerConfig`]: only the host is required, everything else has a default.
#[derive(Debug, Clone)]
pub struct ServerConfigBuilder {
    host: String,
    port: u16,
    max_connections: usize,
    tls: bool,
}

impl ServerConfigBuilder {
    /// The defaults a caller gets without asking: port 8080, 1000 connections, no TLS.
    pub const DEFAULT_PORT: u16 = 8080;
    pub const DEFAULT_MAX_CONNECTIONS: usize = 1000;

    /// `impl Into<String>`: callers pass `&str` or `String`, whichever they have.
    pub fn new(host: impl Into<String>) -> Self {
        Self {
            host: host.into(),
            port: Self::DEFAULT_PORT,
            max_connections: Self::DEFAULT_MAX_CONNECTIONS,
            tls: false,
        }
    }

    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    pub fn max_connections(mut self, n: usize) -> Self {
        self.max_connections = n;
        self
    }

    pub fn tls(mut self, enabled: bool) -> Self {
        self.tls = enabled;
        self
    }

    pub fn build(self) -> ServerConfig {
        ServerConfig {
            host: self.host,
            port: self.port,
            max_connections: self.max_connections,
            tls: self.tls,
        }
    }
}

/// An error type that will grow. `#[non_exhaustive]`: other crates must keep a `_` arm
/// (`tests/ui/api_design/non_exhaustive_match_without_wildcard.rs`, E0004), so adding a variant in
/// a minor release breaks nobody. Inside this crate the match can still be exhaustive.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiError {
    NotFound(UserId),
    RateLimited { retry_after_secs: u32 },
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Exhaustive here, because this is the defining crate.
        match self {
            ApiError::NotFound(id) => write!(f, "{id} not found"),
            ApiError::RateLimited { retry_after_secs } => {
                write!(f, "rate limited, retry after {retry_after_secs}s")
            }
        }
    }
}

impl std::error::Error for ApiError {}

/// Page settings with room for more fields: other crates cannot use a struct literal
/// (`tests/ui/api_design/non_exhaustive_struct_literal.rs`, E0639), only `Default` + field updates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Pagination {
    pub page: u32,
    pub per_page: u32,
}

impl Default for Pagination {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: 50,
        }
    }
}

/// Compile-time check that a type can cross threads; a failure is a compile error, not a test failure.
const fn assert_send_sync<T: Send + Sync>() {}
const _: () = {
    assert_send_sync::<UserId>();
    assert_send_sync::<OrderId>();
    assert_send_sync::<ServerConfig>();
    assert_send_sync::<ApiError>();
};

/// The guide's example, plus one line per guideline showing what it buys.
pub fn main() {
    let config = ServerConfigBuilder::new("0.0.0.0")
        .port(443)
        .tls(true)
        .max_connections(10_000)
        .build();
    println!("{:?}", config);

    let user = get_user(UserId(42));
    // get_user(OrderId(42)); // ❌ E0308 — tests/ui/api_design/order_id_as_user_id.rs
    println!("get_user(UserId(42)) = {user}");

    // Defaults: only the host is required.
    let defaults = ServerConfigBuilder::new(String::from("localhost")).build();
    println!(
        "defaults: host={} port={} max_connections={} tls={}",
        defaults.host(),
        defaults.port(),
        defaults.max_connections(),
        defaults.tls()
    );

    // Standard traits.
    let id = UserId::new(42);
    println!("Display: {id}, Debug: {id:?}, {}", OrderId::new(7));
    let mut names = std::collections::HashMap::new();
    names.insert(id, "Ada"); // Eq + Hash: usable as a key
    println!(
        "HashMap<UserId, _> lookup: {:?}",
        names.get(&UserId::new(42))
    );
    for input in ["user#42", "42", "user#-1", "forty-two"] {
        match input.parse::<UserId>() {
            Ok(parsed) => println!("parse {input:?} -> Ok({parsed})"),
            Err(e) => println!("parse {input:?} -> Err({e})"),
        }
    }
    println!(
        "size_of::<UserId>() = {} = size_of::<u64>(): the newtype costs nothing",
        std::mem::size_of::<UserId>()
    );

    // Non-exhaustive types, seen from inside the crate.
    for err in [
        ApiError::NotFound(id),
        ApiError::RateLimited {
            retry_after_secs: 30,
        },
    ] {
        println!("ApiError: {err}");
    }
    let page = Pagination {
        per_page: 20,
        ..Pagination::default()
    };
    println!("{page:?}");
}

/// Follow-up: what is the sealed trait pattern and when would you use it?
///
/// A sealed trait is public — callers can name it, use it as a bound, call its methods — but only the
/// defining crate can implement it. The trick: the trait has a supertrait that lives in a private module.
/// Outside crates cannot name `private::Sealed`, so they cannot implement it, so they cannot implement
/// [`Shape`](crate::api_design::follow_up::Shape): `tests/ui/api_design/implement_sealed_trait_outside_crate.rs` fails with E0277 and a note
/// that says the trait is sealed.
///
/// Why: the crate can add methods to the trait (even without default bodies), or `match` on the closed
/// set of implementors, in a minor release, because no downstream impl can exist to break. The standard
/// library seals e.g. `std::os::unix::process::CommandExt` and `ExitStatusExt`; here sealing closes
/// the set of shapes a renderer must support. Use it when the set of implementors is part of your
/// design; do not use it when users are meant to plug in their own types (then use a normal trait).
///
/// The binary prints the sealed implementors and uses the trait from "outside" via generic code.
pub mod follow_up {
    mod private {
        /// Public trait in a private module: nameable here, unreachable from other crates.
        pub trait Sealed {}
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

    pub fn main() {
        println!("{}", describe(&Circle { radius: 1.0 }));
        println!("{}", describe(&Square { side: 2.0 }));
        let shapes: [&dyn Shape; 2] = [&Circle { radius: 0.5 }, &Square { side: 3.0 }];
        let total: f64 = shapes.iter().map(|s| s.area()).sum();
        println!("total area of a sealed set of shapes: {total:.2}");
        println!(
            "implementing Shape outside this crate: error[E0277] (see tests/ui/api_design/implement_sealed_trait_outside_crate.stderr)"
        );
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::hash_map::DefaultHasher;
    use std::collections::{BTreeSet, HashSet};
    use std::hash::{Hash, Hasher};

    fn hash_of<T: Hash>(value: &T) -> u64 {
        let mut h = DefaultHasher::new();
        value.hash(&mut h);
        h.finish()
    }

    #[test]
    fn builder_applies_defaults_and_overrides() {
        let defaults = ServerConfigBuilder::new("h").build();
        assert_eq!(defaults.host(), "h");
        assert_eq!(defaults.port(), 8080);
        assert_eq!(defaults.max_connections(), 1000);
        assert!(!defaults.tls());

        let custom = ServerConfigBuilder::new(String::from("0.0.0.0"))
            .port(443)
            .tls(true)
            .max_connections(10_000)
            .build();
        assert_eq!(
            format!("{custom:?}"),
            r#"ServerConfig { host: "0.0.0.0", port: 443, max_connections: 10000, tls: true }"#
        );
    }

    #[test]
    fn newtypes_cost_nothing() {
        assert_eq!(std::mem::size_of::<UserId>(), std::mem::size_of::<u64>());
        assert_eq!(std::mem::align_of::<OrderId>(), std::mem::align_of::<u64>());
        assert_eq!(get_user(UserId::new(42)), "User#42");
    }

    #[test]
    fn display_debug_clone_eq_hash_ord() {
        let id = UserId::new(42);
        assert_eq!(id.to_string(), "user#42");
        assert_eq!(format!("{id:?}"), "UserId(42)");
        assert_eq!(OrderId::new(7).to_string(), "order#7");
        #[allow(clippy::clone_on_copy)] // the point is that Clone exists
        let cloned = id.clone();
        assert_eq!(cloned, id);
        assert_ne!(UserId::new(1), UserId::new(2));
        assert_eq!(hash_of(&UserId::new(5)), hash_of(&UserId::new(5)));
        let set: HashSet<UserId> = [1, 2, 1].map(UserId::new).into_iter().collect();
        assert_eq!(set.len(), 2);
        let sorted: BTreeSet<UserId> = [3, 1, 2].map(UserId::new).into_iter().collect();
        assert_eq!(
            sorted.into_iter().map(UserId::get).collect::<Vec<_>>(),
            [1, 2, 3]
        );
        let a = ServerConfigBuilder::new("h").build();
        assert_eq!(hash_of(&a), hash_of(&a.clone()));
    }

    #[test]
    fn from_str_round_trips_display_and_rejects_bad_input() {
        let id = UserId::new(9001);
        assert_eq!(id.to_string().parse::<UserId>(), Ok(id));
        assert_eq!("17".parse::<UserId>(), Ok(UserId::new(17)));
        let err = "user#abc".parse::<UserId>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid user id "user#abc": invalid digit found in string"#
        );
        assert!(std::error::Error::source(&err).is_some());
        assert!("".parse::<UserId>().is_err());
        assert!("user#18446744073709551616".parse::<UserId>().is_err()); // u64::MAX + 1
    }

    #[test]
    fn non_exhaustive_types_are_usable_inside_the_crate() {
        assert_eq!(
            ApiError::RateLimited {
                retry_after_secs: 3
            }
            .to_string(),
            "rate limited, retry after 3s"
        );
        assert_eq!(
            ApiError::NotFound(UserId::new(1)).to_string(),
            "user#1 not found"
        );
        let p = Pagination {
            page: 2,
            ..Pagination::default()
        };
        assert_eq!((p.page, p.per_page), (2, 50));
    }
}
