//! Q34: integration tests. This file is a separate crate that links `experienced` like any user would:
//! only the public API is visible (the private `valid_domain_label` is not), so a passing unit test
//! cannot hide a broken public surface.
use experienced::testing::follow_up::{RecordingMailer, Signup, SignupError};
use experienced::testing::{compound_interest, validate_email};

#[test]
fn test_from_external() {
    assert!(validate_email("test@test.com"));
}

#[test]
fn rejects_what_the_guides_version_accepted() {
    assert!(!validate_email("a@."));
}

#[test]
fn interest_through_the_public_api() {
    assert!((compound_interest(1000.0, 0.1, 5) - 1610.51).abs() < 0.01);
}

#[test]
fn signup_end_to_end_with_a_fake_mailer() {
    let signup = Signup::new(RecordingMailer::default());
    assert_eq!(signup.register("ada@example.com"), Ok(()));
    assert_eq!(
        signup.register("ada@"),
        Err(SignupError::InvalidEmail("ada@".into()))
    );
    assert_eq!(signup.mailer().sent.borrow().len(), 1);
}
