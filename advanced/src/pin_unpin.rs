//! Q24 — `Pin` and `Unpin`: `Pin<P>` promises that the value behind the pointer `P` will not be moved
//! again (until it is dropped), which is what makes self-referential values, such as the state machine
//! of an `async fn` holding a reference across an `.await`, safe to poll. `Unpin` types (almost all
//! ordinary types) opt out: for them pinning changes nothing.
//!
//! Run `cargo run --bin pin_unpin`. The first line is the guide's output. Then, in order:
//! - **Why pinning matters**: [`SelfRef`] keeps a pointer to its own field. Pinned in a `Box`, the
//!   handle can be moved around freely while the value (and so the pointer) stays valid; the output
//!   shows the address is unchanged after the move.
//! - **Pin is not immutability**: a `!Unpin` value can still be changed through its `Pin<&mut T>`, with
//!   [`Pin::set`] (replaces it in place), interior mutability, or an `unsafe` projection, just not with
//!   `*pinned = ...` or `get_mut()` (which would allow moving it out: E0594 and E0277,
//!   `tests/ui/pin_unpin/assign_through_pin.rs` and `get_mut_requires_unpin.rs`). For an `Unpin` type
//!   like the guide's `i32`, both of those compile.
//! - **A `Delay` future that completes**: the guide's `Delay` never sets `started`, so it calls
//!   `wake_by_ref()` and returns `Pending` forever: an executor would busy-loop on it. The output polls
//!   [`GuideDelay`] 1000 times to show it. [`Delay`] here does what its comment says: on the first poll
//!   it stores the waker and starts a timer thread, which marks it done and wakes the task. Our tiny
//!   executor [`block_on`] (built on `std::task::Wake`) sleeps until woken, so the delay takes exactly
//!   2 polls and 1 wake, whatever the duration; the tests assert those counts, not times.
//! - **`fetch_and_process`**: the guide calls `reqwest::get("https://api.example.com")`. Examples here
//!   never leave the machine, and pulling in an HTTP client for one GET is heavy, so this version sends a
//!   hand-written HTTP/1.1 GET over `tokio::net::TcpStream` to a tiny server the program starts on
//!   127.0.0.1 ([`start_server`], `std::net::TcpListener` in a thread). The connection and the
//!   response buffer are stored in the future across the `.await`s, and the `read_to_end` future it
//!   awaits borrows both: a reference into the same state machine, the self-reference that pinning
//!   protects. The compiler makes every `async fn` future `!Unpin` for this reason, so it gets
//!   `Box::pin`ned. A bad URL or a refused connection is an error, not a panic (tested).
//!
//! Miri checks the unsafe code here ([`SelfRef`], the projection in [`Counter`]), the executor and the
//! timer: `cargo +nightly-2026-05-20 miri test -p advanced --lib pin_unpin::` (run by `.ci/run`). The
//! tests that open sockets are `cfg(not(miri))`: Miri does not emulate the network.
//!
//! Follow-up (`Box::pin` vs `Pin::new`, `pin!`): [`follow_up`], `cargo run --bin pin_constructors`.

use std::future::Future;
use std::io;
use std::marker::PhantomPinned;
use std::net::{SocketAddr, TcpListener};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

pub mod follow_up;

/// Most types are `Unpin`: pinning them has no effect, they can be assigned through the pin.
pub fn demonstrate_unpin() -> i32 {
    let mut x = Box::pin(42); // i32 is Unpin
    *x.as_mut() = 100; // ✅ fine for Unpin types (for a !Unpin type: E0594, see the module doc)
    println!("Pinned i32: {}", x);
    *x
}

// ---------------------------------------------------------------------------------------------------
// Why pinning matters: a self-referential value.

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

// ---------------------------------------------------------------------------------------------------
// Pin is not immutability.

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

// ---------------------------------------------------------------------------------------------------
// Futures: the guide's Delay, a Delay that completes, and an executor that counts.

/// The guide's `Delay`, unchanged: `started` is never set, so every poll wakes itself and stays
/// `Pending`. An executor would poll it in a hot loop forever.
/// Flaw: never-completes — proven by `cargo test -p advanced --lib the_guides_delay_never_completes`
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

/// The executor's waker: counts wakes and unparks the executor thread.
#[derive(Default)]
struct Signal {
    woken: Mutex<bool>,
    condvar: Condvar,
    wakes: AtomicUsize,
}

impl Wake for Signal {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.wakes.fetch_add(1, Ordering::SeqCst);
        *self.woken.lock().expect("signal lock poisoned") = true;
        self.condvar.notify_one();
    }
}

/// How much work the executor did for one future.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExecStats {
    pub polls: usize,
    pub wakes: usize,
}

/// A minimal executor: polls `future`, and between polls sleeps until the waker is called.
/// Returns the output and how many polls and wakes it took.
pub fn block_on<F: Future>(future: F) -> (F::Output, ExecStats) {
    // Pin the future on this stack frame: it is never moved again while we poll it.
    let mut future = std::pin::pin!(future);
    let signal = Arc::new(Signal::default());
    let waker = Waker::from(Arc::clone(&signal));
    let mut cx = Context::from_waker(&waker);
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            let wakes = signal.wakes.load(Ordering::SeqCst);
            return (output, ExecStats { polls, wakes });
        }
        // Sleep until woken (the loop also absorbs spurious condvar wake-ups).
        let mut woken = signal.woken.lock().expect("signal lock poisoned");
        while !*woken {
            woken = signal.condvar.wait(woken).expect("signal lock poisoned");
        }
        *woken = false;
    }
}

/// Polls `future` up to `max_polls` times with a waker that only counts, never sleeping. Returns
/// whether it finished and the counts. Used to show that [`GuideDelay`] never finishes.
pub fn poll_at_most<F: Future>(future: F, max_polls: usize) -> (bool, ExecStats) {
    let mut future = std::pin::pin!(future);
    let signal = Arc::new(Signal::default());
    let waker = Waker::from(Arc::clone(&signal));
    let mut cx = Context::from_waker(&waker);
    for polls in 1..=max_polls {
        if future.as_mut().poll(&mut cx).is_ready() {
            let wakes = signal.wakes.load(Ordering::SeqCst);
            return (true, ExecStats { polls, wakes });
        }
    }
    let wakes = signal.wakes.load(Ordering::SeqCst);
    (
        false,
        ExecStats {
            polls: max_polls,
            wakes,
        },
    )
}

// ---------------------------------------------------------------------------------------------------
// fetch_and_process, against a server on 127.0.0.1.

/// The body the local server answers with.
pub const SERVER_BODY: &str = "hello from 127.0.0.1";

/// Starts a minimal HTTP/1.1 server on 127.0.0.1 (port chosen by the OS) in a background thread. It
/// answers every request with `200 OK` and [`SERVER_BODY`]. Returns its address.
pub fn start_server() -> io::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            // One bad client must not stop the server: errors end that connection only.
            let _ = answer(&mut stream);
        }
    });
    Ok(addr)
}

fn answer(stream: &mut std::net::TcpStream) -> io::Result<()> {
    use std::io::{BufRead, BufReader, Write};
    // Read the request head (up to the empty line); this server ignores its content.
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
    }
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        SERVER_BODY.len(),
        SERVER_BODY
    )?;
    stream.flush()
}

/// Splits `http://host:port/path` into (`host:port`, `/path`).
fn parse_http_url(url: &str) -> io::Result<(&str, &str)> {
    let rest = url.strip_prefix("http://").ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("only plain http:// URLs are supported, got {url:?}"),
        )
    })?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    if authority.is_empty() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("no host in {url:?}"),
        ));
    }
    Ok((authority, path))
}

/// The guide's `fetch_and_process`, with a real request: GET `url`, await the whole response, then
/// report on it. Every `.await` is a point where the future is suspended with `url`, the connection
/// and the buffer stored inside it, which is why it must be pinned before it is polled.
pub async fn fetch_and_process(url: &str) -> io::Result<String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let (authority, path) = parse_http_url(url)?;
    let mut stream = tokio::net::TcpStream::connect(authority).await?; // suspends here
    let request = format!("GET {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await?; // and here
    let mut data = Vec::new();
    stream.read_to_end(&mut data).await?; // and here: `data` lives in the future's state
    let response = String::from_utf8_lossy(&data);
    let status = response
        .lines()
        .next()
        .and_then(|status_line| status_line.split(' ').nth(1))
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "no HTTP status line"))?
        .to_string();
    let body_len = response
        .split_once("\r\n\r\n")
        .map_or(0, |(_, body)| body.len());
    Ok(format!(
        "Processed: {} (HTTP {}, {}-byte body)",
        url, status, body_len
    ))
}

/// A single-threaded tokio runtime with the I/O driver (for `TcpStream`).
pub fn io_runtime() -> io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
}

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
    counter.as_mut().increment(); // field change through an unsafe projection
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
    let result = start_server().and_then(|addr| {
        let runtime = io_runtime()?;
        // Pin a future to the heap; polling it through the Pin is what the runtime does.
        let future = Box::pin(fetch_and_process_owned(format!("http://{addr}/data")));
        runtime.block_on(future)
    });
    match result {
        Ok(line) => println!("{line}"),
        Err(e) => println!("error: {e}"),
    }
    match io_runtime().and_then(|rt| rt.block_on(fetch_and_process("https://api.example.com"))) {
        Ok(line) => println!("{line}"),
        Err(e) => println!("error: {e}"),
    }
}

/// `fetch_and_process` with an owned URL, so the future can outlive the `String` it was built from.
async fn fetch_and_process_owned(url: String) -> io::Result<String> {
    fetch_and_process(&url).await
}

#[cfg(test)]
mod tests {
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
    fn block_on_runs_ready_futures_in_one_poll() {
        let (value, stats) = block_on(async { 6 * 7 });
        assert_eq!(value, 42);
        assert_eq!(stats, ExecStats { polls: 1, wakes: 0 });
    }

    #[test]
    fn block_on_drives_a_chain_of_delays() {
        let ((), stats) = block_on(async {
            Delay::new(Duration::ZERO).await;
            Delay::new(Duration::ZERO).await;
        });
        assert_eq!(stats, ExecStats { polls: 3, wakes: 2 });
    }

    #[test]
    fn bad_urls_are_errors_with_a_clear_message() {
        let err = parse_http_url("https://api.example.com").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert_eq!(
            err.to_string(),
            r#"only plain http:// URLs are supported, got "https://api.example.com""#
        );
        assert_eq!(
            parse_http_url("http:///x").unwrap_err().to_string(),
            r#"no host in "http:///x""#
        );
        assert_eq!(parse_http_url("http://h:1").unwrap(), ("h:1", "/"));
        assert_eq!(parse_http_url("http://h:1/a/b").unwrap(), ("h:1", "/a/b"));
    }

    // Sockets: not under Miri.
    #[cfg(not(miri))]
    #[test]
    fn fetch_and_process_talks_to_the_local_server() {
        let addr = start_server().unwrap();
        let url = format!("http://{addr}/data");
        let line = io_runtime()
            .unwrap()
            .block_on(fetch_and_process(&url))
            .unwrap();
        assert_eq!(line, format!("Processed: {url} (HTTP 200, 20-byte body)"));
    }

    #[cfg(not(miri))]
    #[test]
    fn a_refused_connection_is_an_error_not_a_panic() {
        // Bind a port, then free it: nothing listens there any more.
        let addr = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap();
        let err = io_runtime()
            .unwrap()
            .block_on(fetch_and_process(&format!("http://{addr}/")))
            .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::ConnectionRefused);
    }
}
