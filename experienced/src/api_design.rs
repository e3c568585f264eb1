//! **Q29 · API guidelines.** A good Rust API makes misuse hard: newtypes for IDs, private fields behind
//! a builder, the standard traits a user expects, and `#[non_exhaustive]` on types that will grow.
//!
//! - Newtypes: `UserId` and `OrderId` are both `#[repr(transparent)]` `u64`s, yet mixing them up is E0308. Proof: `cargo test -p experienced --test compile_fail`
//! - Private fields behind a builder with defaults: the representation can change freely. Proof: `cargo test -p experienced --lib api_design::tests::builder_applies_defaults_and_overrides`
//! - Standard traits: `Debug`, `Display`, `Clone`, `Eq` + `Hash` (a map key), a `FromStr` that errs, never panics. Proof: `cargo test -p experienced --lib api_design::tests::from_str_round_trips_display_and_rejects_bad_input`
//! - `#[non_exhaustive]`: other crates need a `_` arm (E0004) and cannot build the struct, not even with
//!   `..Default::default()` (E0639), so a new variant or field breaks nobody. Proof: `cargo test -p experienced --test compile_fail`
//! - "Accept borrowed, return owned" is for functions that compute ([`normalize_host`]); stored values
//!   are taken owned, getters lend. Proof: `cargo test -p experienced --lib api_design::tests::borrowed_in_owned_out`
//!
//! # Run it
//! `cargo run --bin api_design`, then `cargo test -p experienced --lib api_design`. After the guide's
//! line: the defaults, the traits at work, `parse` rejecting bad IDs.
//!
//! # Differences from the guide
//! - `user` is printed: [ERRATA.md, Q29](../../ERRATA.md#q29).
//! - Getters read the fields: [ERRATA.md, Q29](../../ERRATA.md#q29).
//!
//! # More to explore
//! - Equal `size_of` alone is a layout accident (`tests::newtypes_cost_nothing` asserts it);
//!   `#[repr(transparent)]` is the guarantee that FFI and transmutes may rely on.
//! - Builders: this one consumes `self` (one expression, moves the `String`); a `&mut self` builder
//!   suits setting options in a loop. Both are in the API guidelines (C-BUILDER). `#[must_use]` on the
//!   consuming methods catches `builder.port(443);` whose result is dropped
//!   (`tests/ui/api_design/builder_result_ignored.rs`, with the lint denied).
//! - Inside the defining crate a `#[non_exhaustive]` type is an ordinary one ([`ApiError`]'s `Display`
//!   matches exhaustively); outside, assign fields after `Pagination::default()`.
//!
//! # Follow-up
//! What is the sealed trait pattern and when would you use it? [`follow_up`], `cargo run --bin sealed_traits`.
use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

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
    // Functional record update works here, in the defining crate; outside it is E0639 too.
    let page = Pagination {
        per_page: 20,
        ..Pagination::default()
    };
    println!("{page:?}");

    // Rule 1, "accept borrowed, return owned", for a function that computes.
    println!(
        "normalize_host(\"  Example.COM. \") = {:?}",
        normalize_host("  Example.COM. ")
    );
}

pub mod follow_up;

/// A user's ID. The field is private: a `UserId` can only be made on purpose (`UserId::new`, `parse`).
/// `repr(transparent)`: guaranteed to have the layout and ABI of its `u64`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
pub struct UserId(u64);

/// An order's ID: the same `u64` inside, a different type to the compiler.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
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

/// Rule 1 of the guide, "accept borrowed, return owned", for a function that computes a new value:
/// it only reads its input, so it takes `&str` (any `String` or literal works, nothing is moved), and
/// it returns the result it built as an owned `String`.
pub fn normalize_host(host: &str) -> String {
    host.trim().trim_end_matches('.').to_ascii_lowercase()
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

    #[must_use = "a builder method returns the updated builder; the call alone changes nothing"]
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    #[must_use = "a builder method returns the updated builder; the call alone changes nothing"]
    pub fn max_connections(mut self, n: usize) -> Self {
        self.max_connections = n;
        self
    }

    #[must_use = "a builder method returns the updated builder; the call alone changes nothing"]
    pub fn tls(mut self, enabled: bool) -> Self {
        self.tls = enabled;
        self
    }

    #[must_use]
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

/// Page settings with room for more fields: other crates can build one with neither a struct literal
/// (`tests/ui/api_design/non_exhaustive_struct_literal.rs`, E0639) nor functional record update
/// (`non_exhaustive_struct_update.rs`, E0639 too); they start from `Pagination::default()` and assign
/// the public fields.
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
    fn borrowed_in_owned_out() {
        let owned = String::from("API.Example.com.");
        assert_eq!(normalize_host(&owned), "api.example.com");
        assert_eq!(owned, "API.Example.com.", "the caller keeps its String");
        assert_eq!(normalize_host("  localhost "), "localhost");
        let config = ServerConfigBuilder::new(normalize_host(&owned)).build();
        assert_eq!(config.host(), "api.example.com");
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
