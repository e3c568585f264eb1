//! **Q30 follow-up · Converting errors.** `expr?` on an `Err(e)` returns `Err(From::from(e))`, so
//! converting between error types means implementing `From` for the function's error type, by hand or
//! with thiserror's `#[from]`, which also sets the variant's `source()`.
//!
//! - A hand-written `impl From<ParseIntError>` is exactly what `?` calls ([`parse_port_desugared`]
//!   spells the desugaring out). Proof: `cargo test -p experienced --lib error_handling::follow_up::tests::question_mark_uses_the_hand_written_from`
//! - `#[from]` generates that impl and makes the wrapped error the `source()`, so the chain survives. Proof: `cargo test -p experienced --lib error_handling::follow_up::tests::from_attribute_generates_from_and_source`
//! - No `From`, no `?`: E0277 "`?` couldn't convert the error"; use `map_err` or build the variant. Proof: `cargo test -p experienced --test compile_fail`
//! - `anyhow::Error` converts from every `Error + Send + Sync + 'static`, so `?` works on any library
//!   error in application code, and the chain is kept. Proof: `cargo test -p experienced --lib error_handling::follow_up::tests::anyhow_keeps_the_whole_chain`
//!
//! # Run it
//! `cargo run --bin error_conversion`: one config input per line, the variant it produced, and its
//! `source()` chain.
//!
//! # Differences from the guide
//! None: the guide asks the question without code.
//!
//! # More to explore
//! - `downcast_ref` on an `anyhow::Error` finds the type that was converted into it, not types deeper
//!   in its `source()` chain (asserted in `tests::anyhow_keeps_the_whole_chain`): walk `chain()` for those.
//! - A variant that needs more data than the source error ([`ConfigError::PortOutOfRange`]) is built
//!   explicitly, not through `From`.
use std::fmt;
use std::io::{self, BufRead};
use std::num::ParseIntError;

use anyhow::Context;
use thiserror::Error;

pub fn main() {
    println!(
        "hand-written From + ?: parse_port(\"8080\") = {:?}",
        parse_port("8080")
    );
    let manual = parse_port("80a").unwrap_err();
    println!(
        "hand-written From + ?: parse_port(\"80a\") = Err({manual}), source: {}",
        std::error::Error::source(&manual).map_or(String::new(), ToString::to_string)
    );
    println!(
        "desugared ? gives the same: {}",
        parse_port_desugared("80a") == Err(manual)
    );

    println!("--- #[from] + ? in load_port, anyhow + context in load_port_app ---");
    for input in ["port=8080", "port=eighty", "host=example", "port=80"] {
        show(&format!("{input:?}"), load_port_app(input.as_bytes()));
    }
    show(
        "<broken pipe>",
        load_port_app(io::BufReader::new(BrokenPipe)),
    );
}

/// An error type with a hand-written `From`: exactly what `#[from]` generates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManualError {
    BadNumber(ParseIntError),
}

impl From<ParseIntError> for ManualError {
    fn from(e: ParseIntError) -> Self {
        ManualError::BadNumber(e)
    }
}

impl fmt::Display for ManualError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ManualError::BadNumber(_) => f.write_str("invalid number"),
        }
    }
}

impl std::error::Error for ManualError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ManualError::BadNumber(e) => Some(e),
        }
    }
}

/// `?` calls `From::from` on the error.
pub fn parse_port(s: &str) -> Result<u16, ManualError> {
    Ok(s.trim().parse::<u16>()?)
}

/// What `?` in [`parse_port`] does, written out.
pub fn parse_port_desugared(s: &str) -> Result<u16, ManualError> {
    let port = match s.trim().parse::<u16>() {
        Ok(v) => v,
        Err(e) => return Err(From::from(e)),
    };
    Ok(port)
}

/// The thiserror way: `#[from]` writes the `From` impls and sets `source()`.
#[derive(Error, Debug)]
pub enum ConfigError {
    #[error("cannot read config")]
    Io(#[from] io::Error),
    #[error("invalid number")]
    BadNumber(#[from] ParseIntError),
    #[error("missing key {0:?}")]
    MissingKey(&'static str),
    /// No `From` for this one: it is built explicitly, with the data the caller needs.
    #[error("port {port} is privileged; use 1024..=65535")]
    PortOutOfRange { port: u16 },
}

/// Reads `port=<n>` from a config. Each `?` converts a different source error.
pub fn load_port(reader: impl BufRead) -> Result<u16, ConfigError> {
    for line in reader.lines() {
        let line = line?; // io::Error -> ConfigError::Io
        if let Some(value) = line.trim().strip_prefix("port=") {
            let port: u16 = value.trim().parse()?; // ParseIntError -> ConfigError::BadNumber
            if port < 1024 {
                return Err(ConfigError::PortOutOfRange { port });
            }
            return Ok(port);
        }
    }
    Err(ConfigError::MissingKey("port"))
}

/// Application layer: any error converts into `anyhow::Error`, with context on top.
pub fn load_port_app(reader: impl BufRead) -> anyhow::Result<u16> {
    let port = load_port(reader).context("loading server.conf")?;
    Ok(port)
}

/// A reader that fails, to produce an I/O error for real.
#[derive(Debug)]
pub struct BrokenPipe;

impl io::Read for BrokenPipe {
    fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> {
        Err(io::Error::new(
            io::ErrorKind::BrokenPipe,
            "config pipe closed",
        ))
    }
}

fn variant(e: &ConfigError) -> &'static str {
    match e {
        ConfigError::Io(_) => "Io",
        ConfigError::BadNumber(_) => "BadNumber",
        ConfigError::MissingKey(_) => "MissingKey",
        ConfigError::PortOutOfRange { .. } => "PortOutOfRange",
    }
}

fn show(label: &str, result: anyhow::Result<u16>) {
    match result {
        Ok(port) => println!("{label:<16} -> Ok({port})"),
        Err(e) => {
            let kind = e.downcast_ref::<ConfigError>().map_or("?", variant);
            println!("{label:<16} -> Err({kind}): {e:#}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error as _;

    #[test]
    fn question_mark_uses_the_hand_written_from() {
        assert_eq!(parse_port(" 8080 "), Ok(8080));
        let err = parse_port("x").unwrap_err();
        assert!(matches!(err, ManualError::BadNumber(_)));
        assert_eq!(parse_port_desugared("x"), Err(err));
        assert_eq!(
            parse_port("70000")
                .unwrap_err()
                .source()
                .unwrap()
                .to_string(),
            "number too large to fit in target type"
        );
    }

    #[test]
    fn from_attribute_generates_from_and_source() {
        let parse_err = "x".parse::<u16>().unwrap_err();
        let converted: ConfigError = parse_err.clone().into(); // the generated From
        assert!(matches!(converted, ConfigError::BadNumber(ref e) if *e == parse_err));
        assert_eq!(
            converted.source().unwrap().to_string(),
            parse_err.to_string()
        );
    }

    #[test]
    fn each_input_gives_its_variant() {
        assert_eq!(load_port("port=8080\n".as_bytes()).unwrap(), 8080);
        assert!(matches!(
            load_port("port=eighty".as_bytes()),
            Err(ConfigError::BadNumber(_))
        ));
        assert!(matches!(
            load_port("host=a\n".as_bytes()),
            Err(ConfigError::MissingKey("port"))
        ));
        assert!(matches!(
            load_port("port=80".as_bytes()),
            Err(ConfigError::PortOutOfRange { port: 80 })
        ));
        assert!(matches!(
            load_port(io::BufReader::new(BrokenPipe)),
            Err(ConfigError::Io(ref e)) if e.kind() == io::ErrorKind::BrokenPipe
        ));
    }

    #[test]
    fn anyhow_keeps_the_whole_chain() {
        let err = load_port_app("port=eighty".as_bytes()).unwrap_err();
        assert_eq!(
            format!("{err:#}"),
            "loading server.conf: invalid number: invalid digit found in string"
        );
        assert!(err.downcast_ref::<ConfigError>().is_some());
        assert!(err.downcast_ref::<ParseIntError>().is_none()); // downcast finds the context's error, not deeper sources
        assert!(err.chain().any(|e| e.is::<ParseIntError>()));
    }
}
