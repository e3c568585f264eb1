//! **Q33 follow-up · heapless.** `heapless` provides `Vec`, `String`, queues and maps whose capacity is
//! a const generic (`Vec<u8, 8>`): the storage is an array inside the value, so it needs no allocator,
//! and every operation that grows it can fail instead of allocating.
//!
//! - A full collection refuses, never panics: `push` returns `Err(value)`, handing the value back. Proof: `cargo test -p embedded --lib led_firmware::follow_up::tests::a_full_vec_returns_the_value`
//! - The capacity is part of the type: a `Vec<u8, 8>` is not a `Vec<u8, 4>` (E0308). Proof: `cargo test -p embedded --test compile_fail`
//! - Nothing touches the heap: the whole demo makes 0 allocations, counted. Proof: `cargo test -p embedded --lib led_firmware::follow_up::tests::no_collection_touches_the_heap`
//! - `spsc::Queue` connects an interrupt handler and the main loop without locks; a `Queue<T, N>` holds
//!   N-1. Proof: `cargo test -p embedded --lib led_firmware::follow_up::tests::an_spsc_queue_of_4_holds_3`
//!
//! # Run it
//! `cargo run --bin heapless_collections`. Notice the `Err(5)` from a full `Vec`, and `HistoryBuf`,
//! which overwrites its oldest value instead of failing.
//!
//! # Differences from the guide
//! None: the guide asks the question without code.
//!
//! # More to explore
//! - `String::push_str` that does not fit fails whole and leaves the string unchanged; `write!` into a
//!   full `String` keeps the pieces written before the one that failed.
//! - `heapless::Vec<u8, 8>` is its 8-byte array plus a `usize` length (`tests::a_heapless_vec_is_its_array_plus_a_length`):
//!   16 bytes on a 64-bit host, 12 on the Cortex-M4. The allocations are counted by the workspace's
//!   counting allocator ([`basics::alloc_counter`]).
//! - The firmware ([`super::run`]) keeps its readings in a `heapless::Vec`.

use basics::alloc_counter::count_allocations;
use core::fmt::Write;
use heapless::{Deque, HistoryBuf, String, Vec, spsc::Queue};

/// Pushes 1..=5 into a `Vec` of capacity 4: the results of each push.
pub fn fill_vec() -> (Vec<u8, 4>, [Result<(), u8>; 5]) {
    let mut v: Vec<u8, 4> = Vec::new();
    let results = [1, 2, 3, 4, 5].map(|x| v.push(x));
    (v, results)
}

/// `push_str` that fits, then one that does not; and `write!` of `reading` that runs out halfway.
pub fn fill_string(reading: u8) -> (String<16>, bool, String<8>) {
    let mut s: String<16> = String::new();
    s.push_str("LED0 on").expect("7 bytes fit in 16");
    let overflow_rejected = s.push_str(", and then some more").is_err();
    let mut w: String<8> = String::new();
    // `write!` writes piece by piece: "t=", the number, " degrees". The first two fit, the last does
    // not. (With a literal number the compiler would fold everything into one piece, which fails whole.)
    let _ = write!(w, "t={reading} degrees");
    (s, overflow_rejected, w)
}

/// What [`ring`] saw.
#[derive(Debug, PartialEq, Eq)]
pub struct RingDemo {
    /// The 4th `push_back` on a full ring.
    pub refused: Result<(), u8>,
    /// `pop_front` after that.
    pub popped: Option<u8>,
    /// `push_back(4)` again, now that there is room.
    pub accepted: Result<(), u8>,
    /// The ring's contents at the end, front first.
    pub contents: Vec<u8, 3>,
}

/// A ring buffer of 3: the 4th `push_back` is refused until something is popped.
pub fn ring() -> RingDemo {
    let mut d: Deque<u8, 3> = Deque::new();
    for x in [1, 2, 3] {
        d.push_back(x).expect("room for 3");
    }
    let refused = d.push_back(4);
    let popped = d.pop_front();
    let accepted = d.push_back(4);
    RingDemo {
        refused,
        popped,
        accepted,
        contents: d.iter().copied().collect(),
    }
}

/// An SPSC queue split into its producer (e.g. an interrupt handler) and consumer (the main loop).
pub fn producer_consumer() -> (usize, Vec<Result<(), u8>, 4>, Vec<u8, 4>) {
    let mut queue: Queue<u8, 4> = Queue::new();
    let capacity = queue.capacity();
    let (mut producer, mut consumer) = queue.split();
    let sent: Vec<Result<(), u8>, 4> = [10, 11, 12, 13]
        .into_iter()
        .map(|x| producer.enqueue(x))
        .collect();
    let mut received = Vec::new();
    while let Some(x) = consumer.dequeue() {
        let _ = received.push(x);
    }
    (capacity, sent, received)
}

/// A window of the last 4 readings out of 6: the oldest two were overwritten.
pub fn last_readings() -> (Vec<u8, 4>, Option<u8>) {
    let mut window: HistoryBuf<u8, 4> = HistoryBuf::new();
    for reading in [20, 21, 22, 23, 24, 25] {
        window.write(reading);
    }
    (
        window.oldest_ordered().copied().collect(),
        window.recent().copied(),
    )
}

pub fn main() {
    // All the collection work first, counted; printing (which may allocate) afterwards.
    let (results, stats) = count_allocations(|| {
        (
            fill_vec(),
            fill_string(21),
            ring(),
            producer_consumer(),
            last_readings(),
        )
    });
    let (
        (v, pushes),
        (s, rejected, w),
        RingDemo {
            refused,
            popped,
            accepted,
            contents: ring,
        },
        (capacity, sent, received),
        (window, recent),
    ) = results;
    println!(
        "Vec<u8, 4>: push(1..=5) -> {pushes:?}; contents {:?}",
        v.as_slice()
    );
    println!("String<16>: {s:?}; push_str of 20 more bytes rejected: {rejected}, string unchanged");
    println!("String<8>: write!(\"t={{reading}} degrees\") with 21 keeps {w:?} and returns Err");
    println!(
        "Deque<u8, 3>: 4th push_back -> {refused:?}; pop_front -> {popped:?}; then push_back(4) -> {accepted:?}; contents {:?}",
        ring.as_slice()
    );
    println!(
        "spsc::Queue<u8, 4>: capacity {capacity}; enqueue 10..=13 -> {:?}; dequeued {:?}",
        sent.as_slice(),
        received.as_slice()
    );
    println!(
        "HistoryBuf<u8, 4> after 6 writes: oldest first {:?}, most recent {recent:?}",
        window.as_slice()
    );
    println!(
        "heap allocations made by all of the above: {} ({} bytes)",
        stats.allocations, stats.bytes
    );
    println!(
        "size_of::<heapless::Vec<u8, 8>>() = {} bytes: 8 bytes of storage + a usize length",
        core::mem::size_of::<Vec<u8, 8>>()
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_vec_returns_the_value() {
        let (v, results) = fill_vec();
        assert_eq!(results, [Ok(()), Ok(()), Ok(()), Ok(()), Err(5)]);
        assert_eq!(v.as_slice(), &[1, 2, 3, 4]);
        assert!(v.is_full());
    }

    #[test]
    fn strings_refuse_what_does_not_fit() {
        let (s, rejected, w) = fill_string(21);
        assert_eq!(s.as_str(), "LED0 on");
        assert!(rejected);
        assert_eq!(w.as_str(), "t=21");
    }

    #[test]
    fn the_ring_refuses_then_accepts_after_a_pop() {
        let RingDemo {
            refused,
            popped,
            accepted,
            contents,
        } = ring();
        assert_eq!(refused, Err(4));
        assert_eq!(popped, Some(1));
        assert_eq!(accepted, Ok(()));
        assert_eq!(contents.as_slice(), &[2, 3, 4]);
    }

    #[test]
    fn an_spsc_queue_of_4_holds_3() {
        let (capacity, sent, received) = producer_consumer();
        assert_eq!(capacity, 3);
        assert_eq!(sent.as_slice(), &[Ok(()), Ok(()), Ok(()), Err(13)]);
        assert_eq!(received.as_slice(), &[10, 11, 12]);
    }

    #[test]
    fn history_keeps_the_last_four() {
        let (window, recent) = last_readings();
        assert_eq!(window.as_slice(), &[22, 23, 24, 25]);
        assert_eq!(recent, Some(25));
    }

    #[test]
    fn no_collection_touches_the_heap() {
        let (_, stats) = count_allocations(|| {
            let _ = fill_vec();
            let _ = fill_string(21);
            let _ = ring();
            let _ = producer_consumer();
            let _ = last_readings();
        });
        assert!(basics::alloc_counter::is_installed());
        assert_eq!(stats.allocations, 0);
    }

    #[test]
    fn a_heapless_vec_is_its_array_plus_a_length() {
        assert_eq!(
            core::mem::size_of::<Vec<u8, 8>>(),
            8 + core::mem::size_of::<usize>()
        );
        assert_eq!(
            core::mem::size_of::<Vec<u32, 100>>(),
            400 + core::mem::size_of::<usize>()
        );
    }
}
