//! **Q34 follow-up · Mocking.** Rust cannot patch a function at run time, so code that needs a
//! replaceable dependency takes it as a trait (a generic `Signup<M: Mailer>` or a `&dyn Mailer`);
//! tests pass a hand-written fake or a mock that mockall generates with `#[automock]`.
//!
//! - A fake is a small real implementation that records what happened; plain asserts check it. Proof: `cargo test -p experienced --lib testing::follow_up::tests::fake_records_the_welcome_mail`
//! - A mockall mock states expectations up front: arguments (`with(eq(..))`), call count (`times`),
//!   result (`returning`). Proof: `cargo test -p experienced --lib testing::follow_up::tests::mock_checks_arguments_and_call_count`
//! - An unexpected call panics at once; a missing one panics at `checkpoint()` or drop. Proof: `cargo test -p experienced --lib testing::follow_up::tests::a_missing_call_panics_at_checkpoint`
//! - `mock!` mocks a trait you do not own (here std's `Iterator`). Proof: `cargo test -p experienced --lib testing::follow_up::tests::mock_macro_mocks_a_foreign_trait`
//! - `#[cfg_attr(test, automock)]` keeps mocks out of the library, but also out of integration tests,
//!   which link the library built without `cfg(test)` (E0432). Proof: `cargo test -p experienced --test compile_fail`
//!
//! # Run it
//! `cargo run --bin mocking`: the same `Signup` with the fake, then with mocks that verify the calls.
//!
//! # Differences from the guide
//! None: the guide asks the question without code.
//!
//! # More to explore
//! - `Mailer`'s `#[automock]` is unconditional because this binary uses `MockMailer` outside tests, so
//!   mockall is a normal dependency here; [`Clock`] shows the usual `cfg_attr(test, ..)` form.
//! - A fake is often clearer for a small trait; mocks pay off when expectations vary between tests.
use std::cell::RefCell;

use mockall::automock;
use thiserror::Error;

use super::validate_email;

/// A dependency mocked only in this crate's unit tests: `MockClock` exists under `cfg(test)` alone, so
/// integration tests cannot use it (`tests/ui/testing/cfg_test_mock_in_integration_test.rs`).
#[cfg_attr(test, automock)]
pub trait Clock {
    fn now_secs(&self) -> u64;
}

/// Whether a token issued at `issued_secs` is still valid after `ttl_secs`, by the injected clock.
pub fn still_valid(clock: &impl Clock, issued_secs: u64, ttl_secs: u64) -> bool {
    clock.now_secs() < issued_secs.saturating_add(ttl_secs)
}

/// Why sending failed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MailError {
    #[error("mail server rejected {0}")]
    Rejected(String),
}

/// The dependency to replace in tests: sends one e-mail.
#[automock]
pub trait Mailer {
    fn send(&self, to: &str, subject: &str) -> Result<(), MailError>;
}

/// Why a sign-up failed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SignupError {
    #[error("invalid e-mail address {0:?}")]
    InvalidEmail(String),
    #[error("could not send the welcome mail")]
    Mail(#[from] MailError),
}

/// The code under test: validates the address, then sends a welcome mail through the injected mailer.
#[derive(Debug)]
pub struct Signup<M: Mailer> {
    mailer: M,
}

impl<M: Mailer> Signup<M> {
    pub fn new(mailer: M) -> Self {
        Self { mailer }
    }

    pub fn register(&self, email: &str) -> Result<(), SignupError> {
        if !validate_email(email) {
            return Err(SignupError::InvalidEmail(email.to_string()));
        }
        self.mailer.send(email, "Welcome!")?;
        Ok(())
    }

    pub fn mailer(&self) -> &M {
        &self.mailer
    }

    /// Gives the mailer back, e.g. to `checkpoint()` a mock.
    pub fn into_mailer(self) -> M {
        self.mailer
    }
}

/// A hand-written fake: records every mail; rejects addresses at one domain to simulate failures.
#[derive(Debug, Default)]
pub struct RecordingMailer {
    pub sent: RefCell<Vec<(String, String)>>,
    pub reject_domain: Option<&'static str>,
}

impl Mailer for RecordingMailer {
    fn send(&self, to: &str, subject: &str) -> Result<(), MailError> {
        if self.reject_domain.is_some_and(|d| to.ends_with(d)) {
            return Err(MailError::Rejected(to.to_string()));
        }
        self.sent
            .borrow_mut()
            .push((to.to_string(), subject.to_string()));
        Ok(())
    }
}

fn show(result: &Result<(), SignupError>) -> String {
    match result {
        Ok(()) => "Ok".to_string(),
        Err(e) => format!("Err({e})"),
    }
}

pub fn main() {
    use mockall::predicate::eq;

    println!("--- hand-written fake ---");
    let signup = Signup::new(RecordingMailer {
        reject_domain: Some("@blocked.example"),
        ..RecordingMailer::default()
    });
    for email in ["ada@example.com", "a@.", "bob@blocked.example"] {
        println!("register({email:?}) = {}", show(&signup.register(email)));
    }
    println!("fake recorded: {:?}", signup.mailer().sent.borrow());

    println!("--- mockall ---");
    let mut mock = MockMailer::new();
    mock.expect_send()
        .with(eq("ada@example.com"), eq("Welcome!"))
        .times(1)
        .returning(|_, _| Ok(()));
    let signup = Signup::new(mock);
    println!(
        "register(\"ada@example.com\") = {}",
        show(&signup.register("ada@example.com"))
    );
    signup.into_mailer().checkpoint(); // panics here if the expectation was not met
    println!("mock verified: send(\"ada@example.com\", \"Welcome!\") called exactly once");

    let mut mock = MockMailer::new();
    mock.expect_send().never();
    let signup = Signup::new(mock);
    println!("register(\"a@.\") = {}", show(&signup.register("a@.")));
    signup.into_mailer().checkpoint();
    println!("mock verified: an invalid address never reaches the mailer");

    let mut mock = MockMailer::new();
    mock.expect_send()
        .returning(|to, _| Err(MailError::Rejected(to.to_string())));
    let signup = Signup::new(mock);
    let result = signup.register("bob@example.com");
    let source = match &result {
        Err(e) => std::error::Error::source(e).map(ToString::to_string),
        Ok(()) => None,
    };
    println!(
        "register(\"bob@example.com\") with a failing mock = {}, caused by: {}",
        show(&result),
        source.unwrap_or_default()
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use mockall::predicate::{always, eq};

    // `mock!` for a trait defined elsewhere (here std's Iterator): declare the struct and the impl.
    mockall::mock! {
        pub Readings {}
        impl Iterator for Readings {
            type Item = u32;
            fn next(&mut self) -> Option<u32>;
        }
    }

    #[test]
    fn mock_macro_mocks_a_foreign_trait() {
        let mut readings = MockReadings::new();
        let mut left = 3;
        readings.expect_next().times(3).returning(move || {
            left -= 1;
            (left > 0).then_some(left * 10)
        });
        assert_eq!(readings.collect::<Vec<_>>(), [20, 10]);
    }

    #[test]
    fn a_cfg_test_mock_works_in_unit_tests() {
        let mut clock = MockClock::new();
        clock.expect_now_secs().return_const(1_000u64);
        assert!(still_valid(&clock, 900, 200));
        assert!(!still_valid(&clock, 700, 300));
    }

    #[test]
    fn fake_records_the_welcome_mail() {
        let signup = Signup::new(RecordingMailer::default());
        signup.register("ada@example.com").unwrap();
        assert_eq!(
            *signup.mailer().sent.borrow(),
            [("ada@example.com".to_string(), "Welcome!".to_string())]
        );
    }

    #[test]
    fn invalid_address_is_rejected_before_sending() {
        let signup = Signup::new(RecordingMailer::default());
        assert_eq!(
            signup.register("a@."),
            Err(SignupError::InvalidEmail("a@.".into()))
        );
        assert!(signup.mailer().sent.borrow().is_empty());
    }

    #[test]
    fn mock_checks_arguments_and_call_count() {
        let mut mock = MockMailer::new();
        mock.expect_send()
            .with(eq("ada@example.com"), eq("Welcome!"))
            .times(1)
            .returning(|_, _| Ok(()));
        let signup = Signup::new(mock);
        assert_eq!(signup.register("ada@example.com"), Ok(()));
        signup.into_mailer().checkpoint();
    }

    #[test]
    fn mail_failure_is_reported_with_its_cause() {
        let mut mock = MockMailer::new();
        mock.expect_send()
            .with(always(), always())
            .returning(|to, _| Err(MailError::Rejected(to.to_string())));
        let signup = Signup::new(mock);
        assert_eq!(
            signup.register("bob@example.com"),
            Err(SignupError::Mail(MailError::Rejected(
                "bob@example.com".into()
            )))
        );
    }

    #[test]
    #[should_panic(expected = "No matching expectation found")]
    fn an_unexpected_call_panics() {
        let mut mock = MockMailer::new();
        mock.expect_send()
            .with(eq("someone@else.com"), always())
            .returning(|_, _| Ok(()));
        let _ = Signup::new(mock).register("ada@example.com");
    }

    #[test]
    #[should_panic(expected = "called 0 time(s) which is fewer than expected 1")]
    fn a_missing_call_panics_at_checkpoint() {
        let mut mock = MockMailer::new();
        mock.expect_send().times(1).returning(|_, _| Ok(()));
        let signup = Signup::new(mock);
        let _ = signup.register("not an address");
        signup.into_mailer().checkpoint();
    }
}
