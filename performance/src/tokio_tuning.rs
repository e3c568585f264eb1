//! Q39 — Tuning the tokio runtime: pick the flavor and the worker count, move CPU work off the async
//! threads with `spawn_blocking`, and bound concurrency with a semaphore.
//!
//! Run `cargo run --bin tokio_tuning`. The first part is the guide's program: a simulated fetch (a 100 ms
//! sleep, no network), `expensive_hash` on the blocking pool, then five fetches at most three at a time.
//! Notice that the five responses come back in order (the handles are awaited in order) and that no more than
//! three fetches ever run at once; the test `the_semaphore_bounds_concurrency_to_three` proves it
//! in tokio's paused time, where the five fetches take exactly 200 ms (two waves).
//!
//! The second part shows *why* CPU work must leave the async threads. A ticker task counts how often it
//! gets to run while a CPU-bound job (the same `expensive_hash`, made longer) runs on a current-thread
//! runtime:
//! - inline in an async task, the ticker gets **0** ticks: nothing else runs on that thread until the job
//!   ends, which on a server means every other connection waits;
//! - in `spawn_blocking`, the ticker keeps ticking the whole time.
//!
//! Those counts are asserted by tests. The longest pause the ticker saw is a timing, printed but not
//! checked; measured here with `cargo run --release --bin tokio_tuning` over several runs
//! (`performance/CLAIMS.md` row 33 holds the last recorded one):
//!
//! | job placement (1 000 000 rounds) | ticker ticks during the job | longest pause of the ticker | job time |
//! | --- | --- | --- | --- |
//! | inline in async code | 0 (asserted) | 38-40 ms (= the whole job) | 38-40 ms |
//! | `spawn_blocking` | thousands (progress asserted) | 0.09-4.1 ms | 39-49 ms |
//!
//! With `spawn_blocking` the ticker's worst pause no longer depends on the job: what is left is the
//! operating system sharing 2 cores between the spinning ticker, the job and everything else.
//!
//! `cargo bench -p performance --bench tokio_tuning` measures the runtime flavors and the cost of the
//! `spawn_blocking` hand-off itself (load average about 2):
//!
//! | bench | measured here |
//! | --- | --- |
//! | spawn and await 1000 tiny tasks, `current_thread` runtime | 213 µs |
//! | the same, `multi_thread` runtime (2 workers) | 474 µs |
//! | `expensive_hash` (1000 rounds) inline in `block_on` | 37.9 µs |
//! | the same through `spawn_blocking` | 57.5 µs |
//!
//! The current-thread runtime is about 2.2x cheaper per task (no cross-thread wake-ups), the guide's
//! "lower latency, less overhead". Handing a job to the blocking pool costs about 20 µs here: worth it for
//! milliseconds of work, not for microseconds.
//!
//! Where this differs from the guide:
//! - `fetch_data("https://api.example.com")` only sleeps, as in the guide; nothing here touches the network.
//! - The guide says tokio "cooperatively yields after 128 operations". Tokio's coop budget (128 per task
//!   poll) makes tokio's *own* resources (channels, sockets, timers) return `Pending` once a task has used
//!   it up; it never interrupts plain computation. A CPU loop with no `.await` is never preempted, which is
//!   exactly what the 0-tick measurement shows.
//! - `#[tokio::main(flavor = "multi_thread", worker_threads = 4)]` is kept; on this 2-core machine four
//!   workers are more threads than cores, which costs nothing here but is not a tuning to copy blindly
//!   (the default is one worker per core).
//!
//! Follow-up (`tokio::spawn` vs `spawn_blocking`): [`follow_up`], `cargo run --bin spawn_blocking`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::time::sleep;

/// Simulated I/O: a 100 ms timer, then a response naming the URL.
pub async fn fetch_data(url: &str) -> String {
    sleep(Duration::from_millis(100)).await; // simulate I/O
    format!("Response from {}", url)
}

/// The guide's CPU-heavy work: 1000 rounds of a toy hash over its own hex output.
pub fn expensive_hash(input: &str) -> String {
    expensive_hash_rounds(input, 1000)
}

/// [`expensive_hash`] with a chosen number of rounds.
pub fn expensive_hash_rounds(input: &str, rounds: u32) -> String {
    let mut result = input.to_string();
    for _ in 0..rounds {
        result = format!("{:x}", md5_hash(&result));
    }
    result
}

/// Not MD5, despite the guide's name: a 31-multiplier polynomial hash, which is all the example needs.
pub fn md5_hash(input: &str) -> u64 {
    input
        .bytes()
        .fold(0u64, |acc, b| acc.wrapping_mul(31).wrapping_add(b as u64))
}

/// Fetches every URL, at most `limit` at a time, and returns the responses in URL order and the highest
/// number of fetches that were in flight at once.
pub async fn fetch_all_bounded(urls: &[&'static str], limit: usize) -> (Vec<String>, usize) {
    let semaphore = Arc::new(tokio::sync::Semaphore::new(limit));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let max_in_flight = Arc::new(AtomicUsize::new(0));
    let mut handles = vec![];
    for &url in urls {
        let sem = Arc::clone(&semaphore);
        let (in_flight, max_in_flight) = (Arc::clone(&in_flight), Arc::clone(&max_in_flight));
        handles.push(tokio::spawn(async move {
            // `acquire` only fails if the semaphore is closed, which this code never does.
            let _permit = sem.acquire().await.expect("semaphore is never closed");
            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            max_in_flight.fetch_max(now, Ordering::SeqCst);
            let response = fetch_data(url).await;
            in_flight.fetch_sub(1, Ordering::SeqCst);
            response
        }));
    }
    let mut responses = vec![];
    for h in handles {
        responses.push(h.await.expect("fetch task panicked"));
    }
    (responses, max_in_flight.load(Ordering::SeqCst))
}

/// Where the CPU-bound job runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Directly in an async task, no `.await` inside.
    Inline,
    /// On tokio's blocking pool via `spawn_blocking`.
    SpawnBlocking,
}

/// What the ticker experienced while the job ran.
#[derive(Debug, Clone, Copy)]
pub struct TickerReport {
    /// Ticks the ticker made between the start and the end of the job.
    pub ticks_during_job: usize,
    /// The longest time between two consecutive ticks (a timing: not asserted anywhere).
    pub longest_gap: Duration,
    /// How long the job took (a timing).
    pub job_time: Duration,
}

/// Runs a CPU-bound job of `rounds` hash rounds on a **current-thread** runtime, placed as `placement`,
/// next to a ticker task; reports how the ticker fared.
///
/// The ticker yields to the scheduler after every tick (`yield_now`) rather than sleeping: it ticks as
/// often as the runtime lets it, so a tick count of zero can only mean the runtime thread was taken.
pub fn ticker_during_cpu_job(placement: Placement, rounds: u32) -> TickerReport {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a current-thread runtime builds");
    rt.block_on(async move {
        let ticks = Arc::new(AtomicUsize::new(0));
        // (longest gap so far, time of the last tick)
        let gaps = Arc::new(std::sync::Mutex::new((Duration::ZERO, Instant::now())));
        let ticker = {
            let (ticks, gaps) = (Arc::clone(&ticks), Arc::clone(&gaps));
            tokio::spawn(async move {
                loop {
                    tokio::task::yield_now().await;
                    let now = Instant::now();
                    let mut g = gaps.lock().expect("not poisoned");
                    *g = (g.0.max(now - g.1), now);
                    ticks.fetch_add(1, Ordering::SeqCst);
                }
            })
        };
        // Let the ticker start and tick once, so both placements begin from the same state.
        while ticks.load(Ordering::SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        *gaps.lock().expect("not poisoned") = (Duration::ZERO, Instant::now());

        let before = ticks.load(Ordering::SeqCst);
        let job_start = Instant::now();
        let job = move || expensive_hash_rounds("password123", rounds);
        let hash = match placement {
            // ❌ the mistake: called in async code, the job holds the only runtime thread until it
            // returns. (In a spawned task it would be the same: a task is only left at an `.await`.)
            Placement::Inline => job(),
            // ✅ the job runs on a blocking-pool thread; this task just awaits its handle.
            Placement::SpawnBlocking => tokio::task::spawn_blocking(job)
                .await
                .expect("job panicked"),
        };
        let ticks_during_job = ticks.load(Ordering::SeqCst) - before;
        let job_time = job_start.elapsed();
        std::hint::black_box(hash);
        ticker.abort();
        // A ticker that never got to run has been waiting since its last tick.
        let (longest, last_tick) = *gaps.lock().expect("not poisoned");
        let longest_gap = longest.max(last_tick.elapsed());
        TickerReport {
            ticks_during_job,
            longest_gap,
            job_time,
        }
    })
}

/// The deterministic version of the comparison: the job, placed as `placement`, waits (up to `timeout`)
/// until it has seen the ticker tick `required` times while it runs. Inline, it never can: the ticker
/// needs the very thread the job is holding. In `spawn_blocking` it always does, however loaded the
/// machine is, because nothing is timed except the generous give-up `timeout`.
pub fn job_sees_ticker(placement: Placement, required: usize, timeout: Duration) -> bool {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime builds");
    rt.block_on(async move {
        let ticks = Arc::new(AtomicUsize::new(0));
        let ticker = {
            let ticks = Arc::clone(&ticks);
            tokio::spawn(async move {
                loop {
                    tokio::task::yield_now().await;
                    ticks.fetch_add(1, Ordering::SeqCst);
                }
            })
        };
        let job = move || {
            let start = ticks.load(Ordering::SeqCst);
            let deadline = Instant::now() + timeout;
            while Instant::now() < deadline {
                if ticks.load(Ordering::SeqCst) - start >= required {
                    return true;
                }
                std::hint::spin_loop();
            }
            false
        };
        let seen = match placement {
            Placement::Inline => job(),
            Placement::SpawnBlocking => tokio::task::spawn_blocking(job)
                .await
                .expect("job panicked"),
        };
        ticker.abort();
        seen
    })
}

/// The guide's program, plus the ticker comparison.
#[tokio::main(flavor = "multi_thread", worker_threads = 4)]
pub async fn main() {
    // ✅ I/O-bound work — runs on async runtime
    let api_result = fetch_data("https://api.example.com").await;
    println!("{}", api_result);

    // ✅ CPU-bound work — offload to blocking pool
    let hash = tokio::task::spawn_blocking(move || expensive_hash("password123"))
        .await
        .expect("hash task panicked");
    println!("Hash: {}", hash);

    // ✅ Concurrent I/O with bounded concurrency
    let urls = ["url1", "url2", "url3", "url4", "url5"];
    let (responses, max_in_flight) = fetch_all_bounded(&urls, 3).await;
    for result in responses {
        println!("{}", result);
    }
    println!("at most {max_in_flight} fetches ran at once (semaphore of 3)");

    // The ticker comparison builds its own current-thread runtimes, which must not be nested inside this
    // one: run it on a plain thread.
    std::thread::spawn(print_ticker_comparison)
        .join()
        .expect("comparison thread panicked");
}

const JOB_ROUNDS: u32 = 1_000_000;

fn print_ticker_comparison() {
    println!(
        "a ticker task next to a CPU job ({JOB_ROUNDS} hash rounds) on a current-thread runtime:"
    );
    for placement in [Placement::Inline, Placement::SpawnBlocking] {
        let report = ticker_during_cpu_job(placement, JOB_ROUNDS);
        let ticked = if report.ticks_during_job == 0 {
            "0 ticks while the job ran".to_string()
        } else {
            "kept ticking while the job ran".to_string()
        };
        println!("  {placement:?}: {ticked}");
        println!(
            "    longest pause between ticks: {:?}, job took {:?} (timings, not checked)",
            report.longest_gap, report.job_time
        );
    }
}

pub mod follow_up;

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_semaphore_bounds_concurrency_to_three() {
        let start = tokio::time::Instant::now();
        let urls = ["url1", "url2", "url3", "url4", "url5"];
        let (responses, max_in_flight) = fetch_all_bounded(&urls, 3).await;
        assert_eq!(max_in_flight, 3);
        assert_eq!(responses[4], "Response from url5");
        // Paused time: three fetches, then two, 100 ms each. Virtual time, so this is exact.
        assert_eq!(start.elapsed(), Duration::from_millis(200));
    }

    #[tokio::test(start_paused = true)]
    async fn a_semaphore_of_one_serialises_the_fetches() {
        let start = tokio::time::Instant::now();
        let (_, max_in_flight) = fetch_all_bounded(&["a", "b", "c"], 1).await;
        assert_eq!(max_in_flight, 1);
        assert_eq!(start.elapsed(), Duration::from_millis(300));
    }

    #[test]
    fn inline_cpu_work_starves_the_ticker_and_spawn_blocking_does_not() {
        // Inline: during the job the ticker cannot tick even once (nothing else runs on the thread).
        let inline = ticker_during_cpu_job(Placement::Inline, 20_000);
        assert_eq!(inline.ticks_during_job, 0);
        assert!(!job_sees_ticker(
            Placement::Inline,
            1,
            Duration::from_millis(50)
        ));
        // Offloaded: the job itself watches the ticker make progress while it runs.
        assert!(job_sees_ticker(
            Placement::SpawnBlocking,
            100,
            Duration::from_secs(30)
        ));
    }

    #[test]
    fn expensive_hash_is_deterministic() {
        assert_eq!(expensive_hash("password123"), expensive_hash("password123"));
        assert_eq!(md5_hash("a"), 97);
        assert_eq!(md5_hash("ab"), 97 * 31 + 98);
    }
}
