//! **Q39 · Tuning the tokio runtime.** Pick the flavor and worker count for the workload, keep CPU-heavy
//! or blocking calls off the async workers with `spawn_blocking`, and bound concurrency with a semaphore.
//!
//! - A task is only left at an `.await`: inline CPU work holds its worker, so a ticker on a current-thread
//!   runtime gets 0 ticks; with `spawn_blocking` it keeps ticking. Proof: `cargo test -p performance --lib tokio_tuning::tests::inline_cpu_work`
//! - The coop budget (128) only makes tokio's own resources return `Pending`: a `recv` loop lets other
//!   tasks in, computation is never preempted. Proof: `cargo test -p performance --lib tokio_tuning::tests::the_coop_budget`
//! - `worker_threads` defaults to the CPU count. Proof: `cargo test -p performance --lib tokio_tuning::tests::worker_threads_default`
//! - `block_in_place` turns a `multi_thread` worker into a blocking thread; on `current_thread` it
//!   panics. Proof: `cargo test -p performance --lib tokio_tuning::tests::block_in_place`
//!
//! # Run it
//! `cargo run --bin tokio_tuning`: five fetches, at most three at once (a `Semaphore`); then the ticker
//! starves next to the inline job only.
//!
//! # Differences from the guide
//! - The coop budget does not preempt computation: [ERRATA.md, Q39](../../ERRATA.md#q39).
//! - `md5_hash` is not MD5; `api_result` is printed: [ERRATA.md, Q39](../../ERRATA.md#q39).
//!
//! # More to explore
//! - **How much cheaper `current_thread` is** depends on who spawns. Spawned from `block_on` (outside
//!   the workers), every `multi_thread` spawn goes through the inject queue with a cross-thread wake-up;
//!   spawned from a task, it goes to the worker's local queue and LIFO slot, and the gap shrinks.
//!   `cargo bench -p performance --bench tokio_tuning` measures both: CLAIMS.md rows 38 and 39.
//! - **One blocked worker on `multi_thread`** does not stop the runtime: the other workers steal its
//!   queued tasks, except the one in its LIFO slot (and whatever waits on the blocked task). The 0-tick
//!   demonstration uses `current_thread`, where nothing else can run.
//! - **The hand-off is not free**: it pays for long jobs, not for tiny ones (CLAIMS.md row 40, which
//!   also shows how machine load can hide it). The ticker's longest pause, inline and offloaded, is row 33.
//! - Long async loops can give way on purpose with `tokio::task::yield_now` or `consume_budget`;
//!   `tokio::task::unconstrained` opts out of the budget (the coop test uses it as the control).
//!   tokio-console shows tasks that hold a worker too long. The guide's "buffer sizes" tip is not covered.
//!
//! # Follow-up
//! What is the difference between `tokio::spawn` and `tokio::task::spawn_blocking`? [`follow_up`],
//! `cargo run --bin spawn_blocking`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::time::sleep;

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

    // The rest builds (and drops) runtimes of its own, which must not happen inside this one: run it on
    // a plain thread.
    std::thread::spawn(print_ticker_comparison)
        .join()
        .expect("comparison thread panicked");
}

const JOB_ROUNDS: u32 = 1_000_000;

fn print_ticker_comparison() {
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "a default multi_thread runtime has one worker per CPU: {}",
        default_worker_threads() == cpus
    );
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

/// Simulated I/O: a timer (`sleep`, no network), then a response naming the URL.
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

/// Workers of a multi-thread runtime built with no `worker_threads` setting (tokio reads
/// `TOKIO_WORKER_THREADS` first, then `std::thread::available_parallelism`).
pub fn default_worker_threads() -> usize {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .build()
        .expect("a multi-thread runtime builds");
    rt.metrics().num_workers()
}

/// Ticks a ticker task makes while another task receives `messages` messages that are all already
/// queued, on a current-thread runtime. With `budget`, tokio's coop budget makes `recv` return `Pending`
/// every 128 messages, so the scheduler gets the thread back; without it (`tokio::task::unconstrained`),
/// the loop never yields, as if it were plain computation.
pub fn ticks_during_channel_loop(messages: usize, budget: bool) -> usize {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime builds");
    rt.block_on(async move {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        for i in 0..messages {
            tx.send(i).expect("the receiver is alive");
        }
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
        while ticks.load(Ordering::SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        let consumer = {
            let ticks = Arc::clone(&ticks);
            async move {
                let before = ticks.load(Ordering::SeqCst);
                for _ in 0..messages {
                    rx.recv().await.expect("every message was sent");
                }
                ticks.load(Ordering::SeqCst) - before
            }
        };
        let during = if budget {
            tokio::spawn(consumer).await
        } else {
            tokio::spawn(tokio::task::unconstrained(consumer)).await
        };
        ticker.abort();
        during.expect("consumer panicked")
    })
}

/// [`expensive_hash`] run with `block_in_place` from a task of a multi-thread runtime (2 workers): the
/// worker becomes a blocking thread for the call and its other tasks move to another worker.
pub fn hash_with_block_in_place(input: &'static str) -> String {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .build()
        .expect("a multi-thread runtime builds");
    rt.block_on(async move {
        tokio::spawn(async move { tokio::task::block_in_place(|| expensive_hash(input)) })
            .await
            .expect("task panicked")
    })
}

/// The same call on a current-thread runtime, where there is no other worker to take over: tokio
/// panics rather than block the only thread.
pub fn hash_with_block_in_place_on_current_thread(input: &'static str) -> String {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime builds");
    rt.block_on(async move { tokio::task::block_in_place(|| expensive_hash(input)) })
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
        // Inline: during the job the ticker cannot tick even once. On a current-thread runtime this holds
        // by construction (a characterization of the mistake, not a measurement): the job holds the only
        // thread. The half that can fail is the spawn_blocking one below.
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
    fn the_coop_budget_yields_in_a_channel_loop_but_unconstrained_does_not() {
        // 10 000 ready messages: with the budget, recv returns Pending every 128 and the ticker runs.
        assert!(ticks_during_channel_loop(10_000, true) > 0);
        // The control: the same loop opted out of the budget behaves like plain computation.
        assert_eq!(ticks_during_channel_loop(10_000, false), 0);
    }

    #[test]
    fn worker_threads_default_to_the_cpu_count() {
        if std::env::var_os("TOKIO_WORKER_THREADS").is_some() {
            return; // the variable overrides the default, on purpose
        }
        let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert_eq!(default_worker_threads(), cpus);
    }

    #[test]
    fn block_in_place_works_on_a_multi_thread_runtime() {
        assert_eq!(hash_with_block_in_place("x"), expensive_hash("x"));
    }

    #[test]
    #[should_panic(expected = "can call blocking only when running on the multi-threaded runtime")]
    fn block_in_place_panics_on_a_current_thread_runtime() {
        hash_with_block_in_place_on_current_thread("x");
    }

    #[test]
    fn expensive_hash_is_deterministic() {
        assert_eq!(expensive_hash("password123"), expensive_hash("password123"));
        assert_eq!(md5_hash("a"), 97);
        assert_eq!(md5_hash("ab"), 97 * 31 + 98);
    }
}
