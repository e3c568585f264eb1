//! **Q24 · Pin and Unpin.** `Pin<P>` promises that the value behind `P` never moves again, which makes
//! self-referential values such as an `async fn`'s state machine safe to poll; for `Unpin` types (almost
//! all) pinning changes nothing.
//!
//! - An `async fn`'s future can borrow its own locals across an `.await`, so it is `!Unpin` and must be
//!   pinned to be polled (`Pin::new` on it: E0277). Proof: `cargo test -p advanced --test compile_fail`
//! - Pinning fixes the address: [`SelfRef`] points into itself and survives moving its `Pin<Box<_>>`.
//!   Proof: `cargo test -p advanced --lib pin_unpin::tests::a_pinned_self_referential`
//! - Pin is not immutability: `Pin::set`, `Pin<&mut Self>` methods and `Cell` change a pinned `!Unpin`
//!   value; only `*p = ..` (E0594) and `get_mut` (E0277) need `Unpin`.
//!   Proof: `cargo test -p advanced --lib pin_unpin::tests::a_pinned_unpin_less_value`
//! - A hand-written future must store the waker for something to call: the guide's `Delay` never
//!   completes, [`Delay`] takes 2 polls and 1 wake. Proof: `cargo test -p advanced --lib delay_`
//!
//! # Run it
//! `cargo run --bin pin_unpin`: the guide's line first; the address survives the move; the guide's
//! `Delay` is still pending after 1000 polls.
//!
//! # Differences from the guide
//! - `GuideDelay` never completes: [ERRATA.md, Q24](../../ERRATA.md#q24).
//! - `fetch_and_process` GETs a local server, returns a `Result`: [ERRATA.md, Q24](../../ERRATA.md#q24).
//! - `main` polls the pinned future: [ERRATA.md, Q24](../../ERRATA.md#q24).
//!
//! # More to explore
//! - Where the self-reference is: in [`fetch_and_process`], `response.chunk()` borrows `response`, a
//!   local stored in the same future, while it is suspended. `main` pins it with `Box::pin`, as the
//!   guide does; tokio's `block_on` takes any future by value and pins it on its own stack.
//! - Field projection: [`Counter::increment`] writes a field through `get_unchecked_mut` with a SAFETY
//!   argument; real code uses `pin-project-lite` (what tokio uses) or `pin-project` for safe projections.
//! - Miri checks the unsafe code, the executor and the timer thread: `cargo +nightly-2026-08-18 miri test
//!   -p advanced --lib -- pin_unpin::`. Tests that open sockets are `cfg(not(miri))`.
//! - reqwest is built without default features: plain HTTP/1.1, no TLS, so an `https://` URL is a clear
//!   error; `.no_proxy()` keeps environment proxies away from the loopback server.
//! - Support code: the counting executor is in [`executor`], the loopback server in [`server`].
//!
//! # Follow-up
//! How does `Box::pin` differ from `Pin::new`? When do you need the `pin!` macro from tokio?
//! [`follow_up`], `cargo run --bin pin_constructors`.

use std::future::Future;
use std::marker::PhantomPinned;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

pub mod executor;
pub mod follow_up;
pub mod server;

use executor::{block_on, poll_at_most};

pub fn main() {
    demonstrate_unpin();

    println!("--- a self-referential value, pinned in a Box ---");
    let pinned = SelfRef::new("pinned data");
    let before = pinned.as_ref().address();
    let moved = pinned; // moves the Box (the handle), not the SelfRef it points to
    let after = moved.as_ref().address();
    println!(
        "read through its self-pointer after the move: {:?}",
        moved.as_ref().via_self_pointer()
    );
    println!("value's address unchanged by the move: {}", before == after);

    println!("--- Pin is not immutability (on a !Unpin value) ---");
    let mut counter = Box::pin(Counter::new(1));
    counter.as_mut().increment(); // a `self: Pin<&mut Self>` method changes a field
    println!("after increment: {}", counter.count);
    counter.as_mut().set(Counter::new(10)); // Pin::set replaces the whole value in place
    println!("after Pin::set: {}", counter.count);
    counter.reads.set(counter.reads.get() + 1); // a Cell needs only `&Counter`, which Pin gives freely
    println!(
        "Cell field changed through the pin: reads = {}",
        counter.reads.get()
    );
    // *counter.as_mut() = Counter::new(0); // ❌ E0594 — tests/ui/pin_unpin/assign_through_pin.rs
    // counter.as_mut().get_mut();          // ❌ E0277 — tests/ui/pin_unpin/get_mut_requires_unpin.rs

    println!("--- the guide's Delay vs one that completes ---");
    let guide = GuideDelay {
        duration: Duration::from_millis(10),
        started: false,
    };
    let (finished, stats) = poll_at_most(guide, 1000);
    println!(
        "guide's Delay: finished={finished} after {} polls and {} self-wakes (it never starts its timer)",
        stats.polls, stats.wakes
    );
    let ((), stats) = block_on(Delay::new(Duration::from_millis(10)));
    println!(
        "Delay: finished after {} polls and {} wake (from the timer thread)",
        stats.polls, stats.wakes
    );

    println!("--- fetch_and_process against a local server ---");
    match server::start_server().and_then(|addr| Ok((addr, io_runtime()?))) {
        Ok((addr, runtime)) => {
            // Pin the future to the heap, as the guide does (`block_on` would also pin it itself).
            let future = Box::pin(fetch_and_process_owned(format!("http://{addr}/data")));
            print_result(runtime.block_on(future));
            print_result(runtime.block_on(fetch_and_process("https://api.example.com")));
        }
        Err(e) => println!("error: could not start the local server or the runtime: {e}"),
    }
}

/// Most types are `Unpin`: pinning them has no effect, they can be assigned through the pin.
pub fn demonstrate_unpin() -> i32 {
    let mut x = Box::pin(42); // i32 is Unpin
    *x.as_mut() = 100; // ✅ fine for Unpin types (for a !Unpin type: E0594, see the module doc)
    println!("Pinned i32: {}", x);
    *x
}

/// The guide's `fetch_and_process`, run for real: GET `url` with reqwest, read the body, report on it.
///
/// At each `.await` the future is suspended with `client`, `response` and `data` stored inside it, and
/// while `response.chunk()` is pending it borrows `response`: a reference into the future itself. That
/// is why the compiler makes every `async fn` future `!Unpin`, and why it must be pinned to be polled.
pub async fn fetch_and_process(url: &str) -> Result<String, reqwest::Error> {
    // `.no_proxy()`: an `http_proxy` in the environment must never reroute the loopback request.
    let client = reqwest::Client::builder().no_proxy().build()?;
    let mut response = client.get(url).send().await?; // ← .await suspends here
    let mut data = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        // and here, borrowing `response`
        data.extend_from_slice(&chunk);
    }
    Ok(format!(
        "Processed: {} (HTTP {}, {}-byte body)",
        url,
        response.status().as_u16(),
        data.len()
    ))
}

/// `fetch_and_process` with an owned URL, so the future can outlive the `String` it was built from.
async fn fetch_and_process_owned(url: String) -> Result<String, reqwest::Error> {
    fetch_and_process(&url).await
}

/// A single-threaded tokio runtime with the I/O and time drivers, which reqwest needs.
pub fn io_runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
}

/// The error and every cause under it, `outer: inner: ...` (reqwest puts the reason in the causes).
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

fn print_result(result: Result<String, reqwest::Error>) {
    match result {
        Ok(line) => println!("{line}"),
        Err(e) => println!("failed: {}", error_chain(&e)),
    }
}

/// The guide's `Delay`, unchanged: `started` is never set, so every poll wakes itself and stays
/// `Pending`. An executor would poll it in a hot loop forever.
///
/// Flaw: never completes. Proof: `cargo test -p advanced --lib pin_unpin::tests::the_guides_delay_never_completes`
pub struct GuideDelay {
    pub duration: Duration,
    pub started: bool,
}

impl Future for GuideDelay {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if !self.started {
            cx.waker().wake_by_ref();
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    }
}

/// What the timer thread and the future share.
#[derive(Default)]
struct TimerState {
    completed: bool,
    waker: Option<Waker>,
}

/// A future that completes `duration` after it is first polled.
///
/// The first poll stores the task's waker and starts a timer thread; when the time is up the thread
/// sets `completed` and wakes the task, which polls again and gets `Ready`. Each later poll refreshes
/// the stored waker, because a task may be moved to another executor thread between polls.
pub struct Delay {
    duration: Duration,
    state: Option<Arc<Mutex<TimerState>>>,
}

impl Delay {
    pub fn new(duration: Duration) -> Self {
        Delay {
            duration,
            state: None,
        }
    }
}

impl Future for Delay {
    type Output = ();

    // `Pin<&mut Self>` is required by the trait; `Delay` itself is `Unpin` (no self-references), so
    // `get_mut` is allowed here.
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        match &this.state {
            None => {
                let state = Arc::new(Mutex::new(TimerState {
                    completed: false,
                    waker: Some(cx.waker().clone()),
                }));
                let timer_state = Arc::clone(&state);
                let duration = this.duration;
                std::thread::spawn(move || {
                    std::thread::sleep(duration);
                    let waker = {
                        let mut s = timer_state.lock().expect("timer state lock poisoned");
                        s.completed = true;
                        s.waker.take()
                    };
                    // Wake outside the lock: the woken task will lock it again in `poll`.
                    if let Some(waker) = waker {
                        waker.wake();
                    }
                });
                this.state = Some(state);
                Poll::Pending
            }
            Some(state) => {
                let mut s = state.lock().expect("timer state lock poisoned");
                if s.completed {
                    Poll::Ready(())
                } else {
                    match &mut s.waker {
                        Some(w) if w.will_wake(cx.waker()) => {}
                        slot => *slot = Some(cx.waker().clone()),
                    }
                    Poll::Pending
                }
            }
        }
    }
}

/// A value holding a pointer to its own `data` field. Moving it would leave `ptr` pointing at the old
/// location, so it is `!Unpin` (via [`PhantomPinned`]) and only ever handed out pinned.
pub struct SelfRef {
    data: String,
    ptr: *const String,
    _pinned: PhantomPinned,
}

impl SelfRef {
    /// Builds the value directly in a pinned box, then points `ptr` at its own field.
    pub fn new(data: &str) -> Pin<Box<SelfRef>> {
        let mut boxed = Box::pin(SelfRef {
            data: data.to_string(),
            ptr: std::ptr::null(),
            _pinned: PhantomPinned,
        });
        let ptr: *const String = &boxed.data;
        // SAFETY: we only write the `ptr` field; nothing is moved out of the pinned value.
        unsafe { boxed.as_mut().get_unchecked_mut() }.ptr = ptr;
        boxed
    }

    /// Reads `data` through the self-pointer.
    pub fn via_self_pointer(self: Pin<&Self>) -> &str {
        // SAFETY: `ptr` was set in `new` to this value's own `data` field. The value is pinned, so it
        // has not moved since, and `data` lives as long as `self`: the pointer is valid for `&self`.
        unsafe { &*self.ptr }
    }

    /// Where the value lives (to show that moving the `Pin<Box<_>>` does not move it).
    pub fn address(self: Pin<&Self>) -> usize {
        std::ptr::from_ref(self.get_ref()).addr()
    }
}

/// A `!Unpin` value with a field we may change in place through `Pin<&mut Self>`.
pub struct Counter {
    pub count: u32,
    /// Interior mutability: changeable through a shared `&Counter`, pinned or not.
    pub reads: std::cell::Cell<u32>,
    _pinned: PhantomPinned,
}

impl Counter {
    pub fn new(count: u32) -> Self {
        Counter {
            count,
            reads: std::cell::Cell::new(0),
            _pinned: PhantomPinned,
        }
    }

    /// Changes a field of a pinned `!Unpin` value (a "projection" to a field that is not structurally
    /// pinned).
    pub fn increment(self: Pin<&mut Self>) {
        // SAFETY: we only change `count` in place (a `u32` has no address-sensitive state) and never move
        // the `Counter` out of the reference.
        let this = unsafe { self.get_unchecked_mut() };
        this.count += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::executor::ExecStats;
    use super::*;

    #[test]
    fn pinning_an_unpin_value_still_allows_assignment() {
        assert_eq!(demonstrate_unpin(), 100);
    }

    #[test]
    fn a_pinned_self_referential_value_survives_moving_its_box() {
        let pinned = SelfRef::new("abc");
        let before = pinned.as_ref().address();
        let holder = vec![pinned]; // move the Box into a Vec
        let pinned = holder.into_iter().next().unwrap(); // and out again
        assert_eq!(pinned.as_ref().address(), before);
        assert_eq!(pinned.as_ref().via_self_pointer(), "abc");
    }

    #[test]
    fn a_pinned_unpin_less_value_can_still_be_changed() {
        let mut counter = Box::pin(Counter::new(1));
        counter.as_mut().increment();
        counter.as_mut().increment();
        assert_eq!(counter.count, 3);
        counter.as_mut().set(Counter::new(7));
        assert_eq!(counter.count, 7);
        counter.reads.set(5);
        assert_eq!(counter.reads.get(), 5);
    }

    #[test]
    fn the_guides_delay_never_completes() {
        let guide = GuideDelay {
            duration: Duration::ZERO,
            started: false,
        };
        let (finished, stats) = poll_at_most(guide, 50);
        assert!(!finished);
        assert_eq!(
            stats,
            ExecStats {
                polls: 50,
                wakes: 50
            }
        );
    }

    #[test]
    fn delay_completes_in_two_polls_and_one_wake() {
        for duration in [Duration::ZERO, Duration::from_millis(1)] {
            let ((), stats) = block_on(Delay::new(duration));
            assert_eq!(stats, ExecStats { polls: 2, wakes: 1 });
        }
    }

    #[test]
    fn block_on_drives_a_chain_of_delays() {
        let ((), stats) = block_on(async {
            Delay::new(Duration::ZERO).await;
            Delay::new(Duration::ZERO).await;
        });
        assert_eq!(stats, ExecStats { polls: 3, wakes: 2 });
    }

    // Sockets and reqwest's client: not under Miri.
    #[cfg(not(miri))]
    #[test]
    fn fetch_and_process_talks_to_the_local_server() {
        let addr = server::start_server().unwrap();
        let url = format!("http://{addr}/data");
        let line = io_runtime()
            .unwrap()
            .block_on(fetch_and_process(&url))
            .unwrap();
        assert_eq!(
            line,
            format!(
                "Processed: {url} (HTTP 200, {}-byte body)",
                server::SERVER_BODY.len()
            )
        );
    }

    #[cfg(not(miri))]
    #[test]
    fn a_refused_connection_is_an_error_not_a_panic() {
        let addr = server::refusing_address().unwrap();
        let err = io_runtime()
            .unwrap()
            .block_on(fetch_and_process(&format!("http://{addr}/")))
            .unwrap_err();
        assert!(err.is_connect(), "{}", error_chain(&err));
        assert!(
            error_chain(&err).contains("Connection refused"),
            "{}",
            error_chain(&err)
        );
    }

    #[cfg(not(miri))]
    #[test]
    fn an_https_url_is_a_clear_error_without_tls() {
        let err = io_runtime()
            .unwrap()
            .block_on(fetch_and_process("https://api.example.com"))
            .unwrap_err();
        // Without a TLS backend, hyper-util's connector refuses the scheme before any name lookup.
        let chain = error_chain(&err);
        assert!(
            chain.starts_with("error sending request for url (https://api.example.com/)"),
            "{chain}"
        );
        assert!(
            chain.ends_with("invalid URL, scheme is not http"),
            "{chain}"
        );
    }
}
