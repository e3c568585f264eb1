//! Q35 — Newtype, builder and typestate: let the type system hold facts the program would otherwise
//! check at run time.
//!
//! Run `cargo run --bin typestate`. The guide's output is the first line (the published article's
//! text). What to notice:
//! - **Typestate**: `Article<Draft>`, `Article<Review>` and `Article<Published>` are different types, and
//!   each state has only its own methods. Reading a draft, writing during review, approving a draft, or
//!   using an article after it moved on to the next state do not compile — see
//!   `tests/ui/typestate/` (`read_a_draft.rs` E0599, `write_during_review.rs` E0599,
//!   `approve_a_draft.rs` E0599, `use_after_transition.rs` E0382). The output also shows `reject`, which
//!   the guide defines but never calls: a rejected article is a `Draft` again and can be edited.
//! - **Newtype**: `Meters` and `Feet` are `f64`s that cannot be mixed up (`tests/ui/typestate/
//!   feet_as_meters.rs`, E0308) and are exactly as big as an `f64` (asserted).
//! - **Builder + typestate**: [`RequestBuilder`] makes the URL mandatory at compile time: `build()` exists
//!   only once `url()` was called (`tests/ui/typestate/build_without_url.rs`, E0599), while the optional
//!   settings keep their defaults.
//! - The state costs nothing at run time: `Article<Draft>` is exactly two `String`s (asserted).
//!
//! The guide's `fn main` and methods are private items of a binary; here they are `pub` so the
//! compile-fail cases, which are separate crates, can try the invalid transitions.
//!
//! Follow-up (PhantomData): [`follow_up`], `cargo run --bin phantom_data`.
use std::marker::PhantomData;

// ── Typestate pattern: compile-time state machine ──

/// The article is being written.
#[derive(Debug)]
pub struct Draft;
/// The article waits for an editor.
#[derive(Debug)]
pub struct Review;
/// The article is live.
#[derive(Debug)]
pub struct Published;

/// An article in state `State`. `State` is only a marker: no value of it is stored (see
/// [`follow_up`] for why `PhantomData` is needed).
#[derive(Debug)]
pub struct Article<State> {
    title: String,
    content: String,
    _state: PhantomData<State>,
}

impl<State> Article<State> {
    /// Available in every state.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Moves the data into a new state. Private: only the transitions below may use it.
    fn into_state<Next>(self) -> Article<Next> {
        Article {
            title: self.title,
            content: self.content,
            _state: PhantomData,
        }
    }
}

impl Article<Draft> {
    pub fn new(title: &str) -> Self {
        Self {
            title: title.into(),
            content: String::new(),
            _state: PhantomData,
        }
    }

    pub fn write(&mut self, text: &str) {
        self.content.push_str(text);
    }

    /// Transition: Draft → Review (consumes the draft, so the old value cannot be used).
    pub fn submit_for_review(self) -> Article<Review> {
        self.into_state()
    }
}

impl Article<Review> {
    pub fn approve(self) -> Article<Published> {
        self.into_state()
    }

    /// Back to Draft: the author can edit again.
    pub fn reject(self) -> Article<Draft> {
        self.into_state()
    }

    /// An editor may look at the text under review, but not change it.
    pub fn preview(&self) -> &str {
        &self.content
    }
}

impl Article<Published> {
    pub fn read(&self) -> &str {
        &self.content
    }
}

// ── Newtype ──

/// A length in meters. The field is public on purpose: it is a unit, not an invariant to protect.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Meters(pub f64);

/// A length in feet.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Feet(pub f64);

impl From<Feet> for Meters {
    fn from(f: Feet) -> Self {
        Meters(f.0 * 0.3048)
    }
}

impl std::ops::Add for Meters {
    type Output = Meters;
    fn add(self, rhs: Meters) -> Meters {
        Meters(self.0 + rhs.0)
    }
}

/// Only meters: a `Feet` must be converted first (`tests/ui/typestate/feet_as_meters.rs`, E0308).
pub fn runway_ok(length: Meters) -> bool {
    length >= Meters(2_500.0)
}

// ── Builder, with the one required field enforced by typestate ──

/// Marker: no URL yet.
#[derive(Debug)]
pub struct NoUrl;
/// Marker: the URL is set.
#[derive(Debug)]
pub struct HasUrl(String);

/// A finished request description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub url: String,
    pub method: &'static str,
    pub timeout_secs: u32,
    pub retries: u8,
}

/// `RequestBuilder<NoUrl>` has no `build()`: forgetting the URL is a compile error, not a runtime one.
#[derive(Debug)]
pub struct RequestBuilder<U> {
    url: U,
    method: &'static str,
    timeout_secs: u32,
    retries: u8,
}

impl RequestBuilder<NoUrl> {
    pub fn new() -> Self {
        Self {
            url: NoUrl,
            method: "GET",
            timeout_secs: 30,
            retries: 0,
        }
    }
}

impl Default for RequestBuilder<NoUrl> {
    fn default() -> Self {
        Self::new()
    }
}

impl<U> RequestBuilder<U> {
    pub fn url(self, url: impl Into<String>) -> RequestBuilder<HasUrl> {
        RequestBuilder {
            url: HasUrl(url.into()),
            method: self.method,
            timeout_secs: self.timeout_secs,
            retries: self.retries,
        }
    }

    pub fn method(mut self, method: &'static str) -> Self {
        self.method = method;
        self
    }

    pub fn timeout_secs(mut self, secs: u32) -> Self {
        self.timeout_secs = secs;
        self
    }

    pub fn retries(mut self, n: u8) -> Self {
        self.retries = n;
        self
    }
}

impl RequestBuilder<HasUrl> {
    pub fn build(self) -> Request {
        Request {
            url: self.url.0,
            method: self.method,
            timeout_secs: self.timeout_secs,
            retries: self.retries,
        }
    }
}

/// The guide's example, then `reject`, the newtype and the builder.
pub fn main() {
    let mut article = Article::<Draft>::new("Rust Patterns");
    article.write("Typestate makes invalid states unrepresentable.");
    // article.read(); // ❌ E0599 — tests/ui/typestate/read_a_draft.rs
    let article = article.submit_for_review();
    // article.write("more"); // ❌ E0599 — tests/ui/typestate/write_during_review.rs
    let article = article.approve();
    println!("{}", article.read()); // ✅ only Published articles can be read

    // `reject` sends a review back to Draft, where writing is allowed again.
    let mut draft = Article::<Draft>::new("Typestate in practice");
    draft.write("First take.");
    let review = draft.submit_for_review();
    println!("under review: {:?}", review.preview());
    let mut draft = review.reject();
    draft.write(" Second take, after review.");
    let published = draft.submit_for_review().approve();
    println!("{}: {}", published.title(), published.read());
    println!(
        "size_of::<Article<Draft>>() = {} = size_of::<Article<Published>>() = {} = two Strings: the state is free",
        std::mem::size_of::<Article<Draft>>(),
        std::mem::size_of::<Article<Published>>()
    );

    // Newtype.
    let runway = Meters(2_000.0) + Meters::from(Feet(3_000.0));
    println!(
        "runway {:.1} m long enough: {}",
        runway.0,
        runway_ok(runway)
    );
    // runway_ok(Feet(9_000.0)); // ❌ E0308 — tests/ui/typestate/feet_as_meters.rs

    // Builder with a compile-time required field.
    let request = RequestBuilder::new()
        .retries(3)
        .url("http://127.0.0.1:8080/health")
        .build();
    // RequestBuilder::new().retries(3).build(); // ❌ E0599 — tests/ui/typestate/build_without_url.rs
    println!("{request:?}");
}

pub mod follow_up;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guides_lifecycle() {
        let mut a = Article::<Draft>::new("T");
        a.write("abc");
        let a = a.submit_for_review().approve();
        assert_eq!(a.read(), "abc");
        assert_eq!(a.title(), "T");
    }

    #[test]
    fn reject_returns_to_draft_and_keeps_the_text() {
        let mut a = Article::<Draft>::new("T");
        a.write("one");
        let mut a = a.submit_for_review().reject();
        a.write(" two");
        assert_eq!(a.submit_for_review().preview(), "one two");
    }

    #[test]
    fn states_cost_nothing() {
        assert_eq!(
            std::mem::size_of::<Article<Draft>>(),
            2 * std::mem::size_of::<String>()
        );
        assert_eq!(
            std::mem::size_of::<Article<Review>>(),
            std::mem::size_of::<Article<Published>>()
        );
        assert_eq!(std::mem::size_of::<Meters>(), std::mem::size_of::<f64>());
        assert_eq!(
            std::mem::size_of::<RequestBuilder<NoUrl>>() + std::mem::size_of::<String>(),
            std::mem::size_of::<RequestBuilder<HasUrl>>()
        );
    }

    #[test]
    fn newtype_conversion_is_explicit_and_correct() {
        assert_eq!(Meters::from(Feet(1.0)), Meters(0.3048));
        assert!(!runway_ok(Meters(2_000.0)));
        assert!(runway_ok(Meters(2_000.0) + Meters::from(Feet(3_000.0))));
    }

    #[test]
    fn builder_defaults_and_overrides() {
        let r = RequestBuilder::new().url("http://a").build();
        assert_eq!(
            r,
            Request {
                url: "http://a".into(),
                method: "GET",
                timeout_secs: 30,
                retries: 0
            }
        );
        let r = RequestBuilder::default()
            .method("POST")
            .url("http://a")
            .url("http://b") // setting it again replaces it
            .timeout_secs(5)
            .build();
        assert_eq!(
            (r.url.as_str(), r.method, r.timeout_secs),
            ("http://b", "POST", 5)
        );
    }
}
