//! **Q35 · Newtype, builder and typestate.** Encode facts in types so the compiler checks them: a
//! newtype stops unit and ID mix-ups, and typestate makes each state its own type, so an invalid
//! transition is a compile error instead of a runtime panic.
//!
//! - Each state has only its own methods: reading a draft or writing during review is E0599. Proof: `cargo test -p experienced --test compile_fail`
//! - Transitions take `self`, so the old state is gone: using an article after submitting it is E0382. Proof: `cargo test -p experienced --test compile_fail`
//! - Newtypes and markers are free (`Meters` is an `f64`); `Feet` for `Meters` is E0308. Proof: `cargo test -p experienced --lib typestate::tests::states_cost_nothing`
//! - A typestate builder makes a required field a compile error: no `build()` before `url()` (E0599). Proof: `cargo test -p experienced --test compile_fail`
//! - The limit: a state known only at run time needs an enum over the states; a fallible transition
//!   returns `Result<Article<Next>, Article<Current>>`. Proof: `cargo test -p experienced --lib typestate::tests::runtime_state_goes_through_an_enum`
//!
//! # Run it
//! `cargo run --bin typestate`, then `cargo test -p experienced --lib typestate`. After the guide's
//! line, a rejected review goes back to `Draft`.
//!
//! # Differences from the guide
//! - The items are `pub`: [ERRATA.md, Q35](../../ERRATA.md#q35).
//! - `reject` is called: [ERRATA.md, Q35](../../ERRATA.md#q35).
//!
//! # More to explore
//! - The compile-fail cases are `tests/ui/typestate/` (`read_a_draft.rs`, `write_during_review.rs`,
//!   `approve_a_draft.rs`, `use_after_transition.rs`, `feet_as_meters.rs`, `build_without_url.rs`).
//! - The guide's "no tests needed for impossible states" holds only for states the compiler can see:
//!   [`StoredArticle`] is the enum a loader returns, and [`Article::approve_if`] hands the
//!   review back on failure instead of panicking. The transitions themselves still deserve tests.
//! - A newtype's equal size is a layout fact, not an ABI promise; `#[repr(transparent)]` is (Q29).
//!
//! # Follow-up
//! What is `PhantomData` and why does typestate use it? [`follow_up`], `cargo run --bin phantom_data`.
use std::marker::PhantomData;

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

    // State known only at run time: an enum over the typed states, and a fallible transition.
    let loaded =
        StoredArticle::load("review", "Loaded", "From the database.").expect("known state");
    if let StoredArticle::InReview(review) = loaded {
        match review.approve_if(false) {
            Ok(published) => println!("published {}", published.title()),
            Err(back) => println!(
                "approve_if(false) -> Err: still under review: {:?}",
                back.preview()
            ),
        }
    }
    println!(
        "StoredArticle::load(\"archived\", ..) = {:?}",
        StoredArticle::load("archived", "", "").map(|_| ())
    );
}

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

impl Article<Review> {
    /// A transition that can fail: on `Err` the caller gets the review back, nothing is lost and no
    /// state is invalid.
    pub fn approve_if(self, approved: bool) -> Result<Article<Published>, Article<Review>> {
        if approved {
            Ok(self.approve())
        } else {
            Err(self)
        }
    }
}

/// An article whose state is only known at run time (read from storage): one variant per typed state.
/// Code matches once, then works with the typed article again.
#[derive(Debug)]
pub enum StoredArticle {
    // Variant names differ from the state types on purpose: a second `Draft` in the crate would make
    // rustc print `experienced::typestate::Draft` in every compile error instead of `Draft`.
    Drafting(Article<Draft>),
    InReview(Article<Review>),
    Live(Article<Published>),
}

impl StoredArticle {
    /// `None` for a state name this program does not know.
    pub fn load(state: &str, title: &str, content: &str) -> Option<Self> {
        let mut draft = Article::<Draft>::new(title);
        draft.write(content);
        match state {
            "draft" => Some(Self::Drafting(draft)),
            "review" => Some(Self::InReview(draft.submit_for_review())),
            "published" => Some(Self::Live(draft.submit_for_review().approve())),
            _ => None,
        }
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
        // The markers themselves: NoUrl is free, HasUrl is just its String.
        assert_eq!(std::mem::size_of::<Draft>(), 0);
        assert_eq!(std::mem::size_of::<NoUrl>(), 0);
        assert_eq!(std::mem::size_of::<HasUrl>(), std::mem::size_of::<String>());
    }

    #[test]
    fn runtime_state_goes_through_an_enum() {
        let Some(StoredArticle::InReview(review)) = StoredArticle::load("review", "T", "text")
        else {
            panic!("a review was stored");
        };
        let review = review.approve_if(false).expect_err("not approved");
        assert_eq!(review.preview(), "text");
        let published = review.approve_if(true).expect("approved");
        assert_eq!(published.read(), "text");
        assert!(matches!(
            StoredArticle::load("published", "T", "x"),
            Some(StoredArticle::Live(_))
        ));
        assert!(StoredArticle::load("archived", "T", "x").is_none());
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
