//! **Q3 · Scalar and compound types.** Scalars are integers, floats, `bool` and `char`; tuples and arrays
//! group them; every one has a size fixed at compile time, so the type you pick is a memory and overflow
//! decision.
//!
//! - `i8`..`i128`, `u8`..`u128`, `isize`/`usize`, `f32`/`f64`; `bool` is 1 byte, `char` 4 (a Unicode
//!   scalar value). Proof: `cargo test -p basics --lib data_types::tests::scalar_and_compound_sizes`
//! - A `u8` holds `0..=255`: `256` as a literal is rejected by a deny-by-default lint, and an unsigned type
//!   cannot take `-1` (E0600). Proof: `cargo test -p basics --test compile_fail`
//! - Overflow panics in debug builds and wraps in release; say what you mean with `checked_`,
//!   `wrapping_` or `saturating_add`. Proof: `cargo test -p basics --lib data_types::tests`
//! - Type choice is memory: `[u16; 10_000]` is 20 000 bytes, as `i32` 40 000. Proof: `cargo test -p basics --lib data_types::tests::the_u16_buffer_saves_20_000_bytes`
//!
//! # Run it
//! `cargo run --bin data_types`: the guide's two lines, each declared value with its size, the overflow
//! choices, the buffer sizes.
//!
//! # Differences from the guide
//! - `u8` is `0..=255`, not `0..255`: [ERRATA.md, Q3](../../ERRATA.md#q3).
//! - Every declared value is used (the guide has six unused variables): [ERRATA.md, Q3](../../ERRATA.md#q3).
//!
//! # More to explore
//! - The tuple's `age` shadows the first `age`, so the guide never reads the first one.
//! - A `char` is always 4 bytes, but a `String` stores UTF-8: the crab takes 4 bytes there, `'a'` 1.
//! - `tests/ui/data_types/u8_literal_out_of_range.rs` denies the lint explicitly;
//!   `u8_literal_out_of_range_by_default.rs` proves it is an error with no attribute at all.
//! - Overflow checks follow `debug-assertions` unless a profile sets `overflow-checks`; the release twin
//!   of the overflow test asserts the wrap.
//! - The guide's buffer story: 20 000 bytes is 19.5 KiB (`performance/CLAIMS.md` rows 1 and 2).
//!
//! # Follow-up
//! What is the difference between `usize` and `u64`, and when would you use each? [`follow_up`],
//! `cargo run --bin usize_vs_u64`.

pub mod follow_up;

use std::mem::size_of;

/// The guide's example, with every value used.
pub fn main() {
    // Scalar types
    let age: u8 = 28; // unsigned 8-bit: 0..=255
    let temperature: f64 = 36.6; // 64-bit float
    let is_active: bool = true;
    let emoji: char = '🦀'; // a Unicode scalar value, always 4 bytes as a `char`
    println!("age: {age} (u8, {} byte, 0..={})", size_of::<u8>(), u8::MAX);
    println!(
        "temperature: {temperature} (f64, {} bytes)",
        size_of::<f64>()
    );
    println!("is_active: {is_active} (bool, {} byte)", size_of::<bool>());
    println!(
        "emoji: {emoji} (char, {} bytes; {} bytes in UTF-8, 'a' takes {})",
        size_of::<char>(),
        emoji.len_utf8(),
        'a'.len_utf8()
    );

    // Tuple — fixed size, mixed types
    let user: (&str, u8, bool) = ("Priya", 28, true);
    let (name, age, active) = user; // destructuring; this `age` shadows the one above
    println!("{} is {} years old", name, age);
    println!("active: {active}");

    // Array — fixed size, same type
    let scores: [i32; 5] = [90, 85, 92, 88, 95];
    println!("First score: {}", scores[0]);

    // Array with same value repeated
    let zeros = [0u8; 1024]; // 1024 bytes, all zero
    println!(
        "zeros: {} bytes, all zero: {}",
        size_of_val(&zeros),
        zeros.iter().all(|&b| b == 0)
    );

    // What "u8" promises: leaving 0..=255 is something the code must decide about.
    println!(
        "age + 250: checked = {:?}, wrapping = {}, saturating = {}",
        age.checked_add(250),
        age.wrapping_add(250),
        age.saturating_add(250)
    );

    // The guide's real-world figure.
    println!(
        "[u16; 10_000] = {} bytes, [i32; 10_000] = {} bytes, saved {} bytes",
        size_of::<ReadingsU16>(),
        size_of::<ReadingsI32>(),
        bytes_saved_by_u16()
    );
}

/// Sensor readings kept as `u16`, as in the guide's firmware story.
pub type ReadingsU16 = [u16; 10_000];
/// The same buffer if "i32 for everything" had been the rule.
pub type ReadingsI32 = [i32; 10_000];

/// Bytes saved by storing 10 000 readings as `u16` instead of `i32`.
pub const fn bytes_saved_by_u16() -> usize {
    size_of::<ReadingsI32>() - size_of::<ReadingsU16>()
}

/// `age + 1` in the type the guide chose. Panics on overflow in debug builds (and wraps in release builds
/// unless `overflow-checks` is on), which is why [`main`] shows the explicit alternatives.
pub fn age_next_year(age: u8) -> u8 {
    age + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_u16_buffer_saves_20_000_bytes() {
        assert_eq!(size_of::<ReadingsU16>(), 20_000);
        assert_eq!(size_of::<ReadingsI32>(), 40_000);
        assert_eq!(bytes_saved_by_u16(), 20_000);
    }

    #[test]
    fn u8_range_includes_255() {
        assert_eq!((u8::MIN, u8::MAX), (0, 255));
        assert!((0..=255).contains(&u8::MAX));
        assert!(
            !(0..255).contains(&u8::MAX),
            "the guide's 0..255 leaves 255 out"
        );
    }

    #[test]
    fn scalar_and_compound_sizes() {
        assert_eq!(size_of::<char>(), 4);
        assert_eq!('🦀'.len_utf8(), 4);
        assert_eq!(size_of::<bool>(), 1);
        assert_eq!(size_of::<[u8; 1024]>(), 1024);
        assert_eq!(size_of::<[i32; 5]>(), 20);
    }

    #[test]
    fn explicit_overflow_handling() {
        let age: u8 = 28;
        assert_eq!(age.checked_add(250), None);
        assert_eq!(age.wrapping_add(250), 22);
        assert_eq!(age.saturating_add(250), 255);
        assert_eq!(age_next_year(28), 29);
    }

    #[test]
    #[cfg(debug_assertions)] // overflow checks follow debug assertions unless a profile says otherwise
    #[should_panic(expected = "attempt to add with overflow")]
    fn age_next_year_overflow_panics_in_debug() {
        // Tests build with overflow checks on (the test profile inherits dev), so 255 + 1 panics.
        age_next_year(std::hint::black_box(255));
    }

    #[test]
    #[cfg(not(debug_assertions))]
    fn age_next_year_wraps_in_release() {
        // Release builds have no overflow checks unless a profile turns them on: 255 + 1 wraps to 0.
        assert_eq!(age_next_year(std::hint::black_box(255)), 0);
    }
}
