//! **Q30 · Error architecture.** Libraries return precise error enums (thiserror: one variant per
//! failure, so callers can match); applications wrap any error in `anyhow::Error` and add context
//! (`.context(..)`); a boundary such as an HTTP handler finds the precise error again with
//! `downcast_ref` and maps it.
//!
//! - `{:#}` prints the whole context chain on one line, outermost first: the guide's exact line. Proof: `cargo test -p experienced --lib error_handling::tests::the_guides_chain_is_printed_outermost_first`
//! - Context does not hide the cause: `downcast_ref::<DatabaseError>()` still finds `NotFound` under
//!   it. Proof: `cargo test -p experienced --lib error_handling::tests::callers_can_match_the_precise_variant_under_the_context`
//! - The handler maps NotFound → 404, Connection → 503, Query → 500, each produced by real code. Proof: `cargo test -p experienced --lib error_handling::tests`
//! - `with_context(|| format!(..))` builds the message only on failure; `context(format!(..))` on every
//!   call. Proof: `cargo test -p experienced --lib error_handling::tests::with_context_formats_only_on_failure`
//!
//! # Run it
//! `cargo run --bin error_handling`. The guide's line goes to stderr and the exit status is 0 (a handled
//! error is not a crash); then each request prints its status, and the log line its full chain.
//!
//! # Differences from the guide
//! - `.with_context` instead of `.context(format!(..))` outside the guide's own function: [ERRATA.md, Q30](../../ERRATA.md#q30).
//!
//! # More to explore
//! - [`find_user_in`] is the guide's lookup against a [`Database`] that can be up, down or corrupt, so
//!   every variant comes from real code.
//! - thiserror treats a field named `source` as the source without `#[source]`; the guide's attribute
//!   is redundant (`tests::a_field_named_source_is_the_source`).
//! - A catch-all `Other(#[from] io::Error)` lets `?` turn any I/O error into `Other`, skipping the
//!   precise `Query { source }` variant: [`Database::export`] relies on that; a variant that needs
//!   context must be built explicitly (`map_err`).
//! - The guide's "common mistake", one `AppError(String)` for everything, is what `anyhow!("...")`
//!   gives an application: fine at the top, unmatchable in a library.
//!
//! # Follow-up
//! How do you convert between error types? [`follow_up`], `cargo run --bin error_conversion`.
use std::collections::BTreeMap;
use std::io;

use anyhow::Context;
use thiserror::Error;

pub fn main() {
    // The guide's run.
    match guide_process_order(0, "Laptop") {
        Ok(receipt) => println!("{}", receipt),
        Err(e) => {
            // Full error chain with context, on stderr.
            eprintln!("Error: {:#}", e);
            // Error: fetching user 0 for order: record not found: user:0
        }
    }
    match guide_process_order(42, "Laptop") {
        Ok(receipt) => println!("{}", receipt),
        Err(e) => eprintln!("Error: {:#}", e),
    }

    // The real-world story: one handler, each failure mapped to its status.
    println!("--- GET /orders, each DatabaseError variant mapped to an HTTP status ---");
    let requests = [
        (Health::Up, 42, "request for an existing user"),
        (Health::Up, 7, "NotFound"),
        (Health::Down, 42, "Connection"),
        (Health::Corrupt, 42, "Query"),
    ];
    for (health, user, what) in requests {
        let db = Database::new(health);
        let response = handle_get_order(&db, user, "Laptop");
        println!(
            "GET /orders?user={user} (database {health:?}, {what}) -> {} {}",
            response.status, response.body
        );
    }
    // Other: an I/O error converted by `#[from]`, here a full disk while exporting.
    let err = Database::new(Health::Up)
        .export(&mut FullDisk)
        .context("exporting users")
        .unwrap_err();
    let status = status_for(&err);
    eprintln!("[log] status={status} error: {err:#}");
    println!(
        "GET /users/export (disk full, Other) -> {status} {}",
        reason(status)
    );
}

/// A writer whose disk is always full: every write fails.
#[derive(Debug)]
pub struct FullDisk;

impl io::Write for FullDisk {
    fn write(&mut self, _buf: &[u8]) -> io::Result<usize> {
        Err(io::Error::new(
            io::ErrorKind::StorageFull,
            "no space left on device",
        ))
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

// ── Library layer: precise error types with thiserror ──

/// Every way the database layer can fail, one variant each, so callers can match.
#[derive(Error, Debug)]
pub enum DatabaseError {
    #[error("connection failed: {0}")]
    Connection(String),
    #[error("query failed: {query}")]
    Query {
        query: String,
        #[source]
        source: io::Error,
    },
    #[error("record not found: {0}")]
    NotFound(String),
    /// `#[from]` writes `impl From<io::Error> for DatabaseError`, so `?` on an `io::Result` lands here.
    #[error(transparent)]
    Other(#[from] io::Error),
}

/// The guide's lookup: user 0 does not exist, every other id does.
pub fn find_user(id: u64) -> Result<String, DatabaseError> {
    if id == 0 {
        return Err(DatabaseError::NotFound(format!("user:{}", id)));
    }
    Ok(format!("User#{}", id))
}

/// The state of the (in-memory) database server, to produce each failure for real.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    Up,
    /// The server refuses connections.
    Down,
    /// Connections work, but reading a page fails.
    Corrupt,
}

/// A tiny database: users by id, and a health state.
#[derive(Debug, Clone)]
pub struct Database {
    users: BTreeMap<u64, String>,
    health: Health,
}

impl Database {
    pub fn new(health: Health) -> Self {
        let users = [(1, "Ada"), (42, "Grace")]
            .into_iter()
            .map(|(id, name)| (id, name.to_string()))
            .collect();
        Self { users, health }
    }

    fn connect(&self) -> io::Result<&Self> {
        match self.health {
            Health::Down => Err(io::Error::new(
                io::ErrorKind::ConnectionRefused,
                "127.0.0.1:5432 refused the connection",
            )),
            Health::Up | Health::Corrupt => Ok(self),
        }
    }

    fn query(&self, id: u64) -> io::Result<Option<&str>> {
        match self.health {
            Health::Corrupt => Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "page 7: checksum mismatch",
            )),
            Health::Up | Health::Down => Ok(self.users.get(&id).map(String::as_str)),
        }
    }

    /// Writes every user as a line. An I/O error from the writer converts to
    /// `DatabaseError::Other` through `?` and the `#[from]` impl: no `map_err` needed.
    pub fn export(&self, out: &mut impl io::Write) -> Result<usize, DatabaseError> {
        let conn = self
            .connect()
            .map_err(|e| DatabaseError::Connection(e.to_string()))?;
        for (id, name) in &conn.users {
            writeln!(out, "{id},{name}")?;
        }
        Ok(conn.users.len())
    }
}

/// The guide's lookup against a real [`Database`]: each failure becomes its own variant.
pub fn find_user_in(db: &Database, id: u64) -> Result<String, DatabaseError> {
    let conn = db
        .connect()
        .map_err(|e| DatabaseError::Connection(e.to_string()))?;
    let query = format!("SELECT name FROM users WHERE id = {id}");
    match conn.query(id) {
        Ok(Some(name)) => Ok(format!("User#{id} ({name})")),
        Ok(None) => Err(DatabaseError::NotFound(format!("user:{id}"))),
        Err(source) => Err(DatabaseError::Query { query, source }),
    }
}

// ── Application layer: context with anyhow ──

/// The guide's application function: any library error, plus what we were doing. Its
/// `.context(format!(..))` formats the message on every call, also when there is no error.
///
/// Flaw: fine. Proof: `cargo test -p experienced --lib error_handling::tests::the_guides_chain_is_printed_outermost_first`
pub fn guide_process_order(user_id: u64, product: &str) -> anyhow::Result<String> {
    let user = find_user(user_id).context(format!("fetching user {} for order", user_id))?;
    let receipt = format!("{} purchased {}", user, product);
    Ok(receipt)
}

/// The same, against a database that can fail in every way.
pub fn process_order_in(db: &Database, user_id: u64, product: &str) -> anyhow::Result<String> {
    // `with_context` builds the message only when there is an error.
    let user =
        find_user_in(db, user_id).with_context(|| format!("fetching user {user_id} for order"))?;
    Ok(format!("{user} purchased {product}"))
}

// ── Boundary: map the precise error back to an HTTP status ──

/// What the client gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

/// The error middleware: finds the library error under the context layers and picks the status.
/// Anything that is not a `DatabaseError` is our own bug: 500.
pub fn status_for(err: &anyhow::Error) -> u16 {
    match err.downcast_ref::<DatabaseError>() {
        Some(DatabaseError::NotFound(_)) => 404,
        Some(DatabaseError::Connection(_)) => 503,
        Some(DatabaseError::Query { .. }) | Some(DatabaseError::Other(_)) => 500,
        None => 500,
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        404 => "Not Found",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// `GET /orders?user=<id>&product=<p>`: the status and body for the client; the full chain goes
/// to the log (stderr), never to the client.
pub fn handle_get_order(db: &Database, user_id: u64, product: &str) -> Response {
    match process_order_in(db, user_id, product) {
        Ok(receipt) => Response {
            status: 200,
            body: receipt,
        },
        Err(e) => {
            let status = status_for(&e);
            eprintln!("[log] status={status} error: {e:#}");
            Response {
                status,
                body: reason(status).to_string(),
            }
        }
    }
}

pub mod follow_up;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guides_chain_is_printed_outermost_first() {
        let err = guide_process_order(0, "Laptop").unwrap_err();
        assert_eq!(
            format!("{err:#}"),
            "fetching user 0 for order: record not found: user:0"
        );
        // Without `#`, only the outermost context: the chain is what `{:#}` adds.
        assert_eq!(format!("{err}"), "fetching user 0 for order");
        let chain: Vec<String> = err.chain().map(ToString::to_string).collect();
        assert_eq!(
            chain,
            ["fetching user 0 for order", "record not found: user:0"]
        );
        assert_eq!(
            guide_process_order(1, "Pen").unwrap(),
            "User#1 purchased Pen"
        );
    }

    #[test]
    fn callers_can_match_the_precise_variant_under_the_context() {
        let err = guide_process_order(0, "Laptop").unwrap_err();
        assert!(matches!(
            err.downcast_ref::<DatabaseError>(),
            Some(DatabaseError::NotFound(key)) if key == "user:0"
        ));
    }

    #[test]
    fn with_context_formats_only_on_failure() {
        use std::cell::Cell;
        let formatted = Cell::new(0);
        let message = || {
            formatted.set(formatted.get() + 1);
            "fetching user"
        };
        let _ = find_user(1).context(message()); // the guide's form: formatted although Ok
        assert_eq!(formatted.get(), 1);
        let _ = find_user(1).with_context(message); // only on Err
        assert_eq!(formatted.get(), 1);
        let _ = find_user(0).with_context(message);
        assert_eq!(formatted.get(), 2);
    }

    #[test]
    fn a_field_named_source_is_the_source() {
        // No `#[source]`: thiserror picks a field called `source` by its name.
        #[derive(Error, Debug)]
        #[error("query failed: {query}")]
        struct QueryFailed {
            query: String,
            source: io::Error,
        }
        let err = QueryFailed {
            query: "SELECT 1".into(),
            source: io::Error::other("disk"),
        };
        let source = std::error::Error::source(&err).expect("source set by the field name");
        assert_eq!(source.to_string(), "disk");
    }

    #[test]
    fn not_found_is_404() {
        let r = handle_get_order(&Database::new(Health::Up), 7, "Laptop");
        assert_eq!(
            r,
            Response {
                status: 404,
                body: "Not Found".into()
            }
        );
    }

    #[test]
    fn connection_is_503() {
        let err = process_order_in(&Database::new(Health::Down), 42, "Laptop").unwrap_err();
        assert!(matches!(
            err.downcast_ref::<DatabaseError>(),
            Some(DatabaseError::Connection(_))
        ));
        assert_eq!(status_for(&err), 503);
        assert_eq!(
            format!("{err:#}"),
            "fetching user 42 for order: connection failed: 127.0.0.1:5432 refused the connection"
        );
    }

    #[test]
    fn query_is_500_and_keeps_its_io_source() {
        let err = process_order_in(&Database::new(Health::Corrupt), 42, "Laptop").unwrap_err();
        assert_eq!(status_for(&err), 500);
        let chain: Vec<String> = err.chain().map(ToString::to_string).collect();
        assert_eq!(
            chain,
            [
                "fetching user 42 for order",
                "query failed: SELECT name FROM users WHERE id = 42",
                "page 7: checksum mismatch",
            ]
        );
        let Some(DatabaseError::Query { source, .. }) = err.downcast_ref::<DatabaseError>() else {
            panic!("expected a Query error, got {err:?}");
        };
        assert_eq!(source.kind(), io::ErrorKind::InvalidData);
    }

    #[test]
    fn other_comes_from_io_via_from_and_is_500() {
        let err = Database::new(Health::Up).export(&mut FullDisk).unwrap_err();
        assert!(
            matches!(err, DatabaseError::Other(ref e) if e.kind() == io::ErrorKind::StorageFull)
        );
        // transparent: Display and source are the io::Error's own.
        assert_eq!(err.to_string(), "no space left on device");
        assert_eq!(status_for(&anyhow::Error::new(err)), 500);
    }

    #[test]
    fn an_error_that_is_not_a_database_error_is_500() {
        assert_eq!(status_for(&anyhow::anyhow!("a bug of ours")), 500);
    }

    #[test]
    fn success_is_200_and_export_writes_every_user() {
        let db = Database::new(Health::Up);
        assert_eq!(handle_get_order(&db, 42, "Laptop").status, 200);
        let mut out = Vec::new();
        assert_eq!(db.export(&mut out).unwrap(), 2);
        assert_eq!(String::from_utf8(out).unwrap(), "1,Ada\n42,Grace\n");
    }
}
