//! Follow-up: how do you mock dependencies in Rust, and what is mockall?
//!
//! Rust has no runtime monkey-patching: to replace a dependency in a test, the code must take it as a
//! parameter — usually a trait, injected as a generic (`Signup<M: Mailer>`, static dispatch, no
//! cost in production) or as `&dyn Mailer`. Then a test passes its own implementation:
//! - a **hand-written fake** ([`RecordingMailer`]): a small real implementation that records calls.
//!   Simple, no dependency, readable assertions on what was recorded afterwards;
//! - a **mockall mock**: `#[automock]` on the trait generates `MockMailer`, whose methods are set up
//!   per test with expectations — which arguments (`predicate::eq`), how many calls (`times`), what
//!   to return (`returning`). A call nobody expected panics at once ("No matching expectation found"),
//!   and a missing call panics when the mock is dropped or `checkpoint()`ed. Worth it when the trait
//!   is large or the expectations vary a lot between tests; a fake is often clearer for small traits.
//!
//! Run `cargo run --bin mocking`: the same `Signup` service, first with the fake, then with mocks
//! that verify the calls. `#[automock]` is unconditional here (not `#[cfg_attr(test, automock)]`, the
//! usual choice) because this binary uses the mock outside of tests; that is also why mockall is a
//! normal dependency of this crate rather than a dev-dependency.
use std::cell::RefCell;

use mockall::automock;
use thiserror::Error;

use super::validate_email;

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
