//! Q3 — Scalar types (integers, floats, `bool`, `char`) and compound types (tuples, arrays), all with sizes
//! known at compile time.
//!
//! Run `cargo run --bin data_types`. `Priya is 28 years old` and `First score: 90` are the guide's output;
//! the other lines print the values the guide declares and never uses (the scalars and `zeros` with their
//! size in bytes, so the memory layout the question talks about is visible), then the overflow choices
//! and the real-world figure below. Notice that a `char` is always 4 bytes while the crab takes 4 bytes
//! in UTF-8 and an ASCII letter 1: a `String` stores UTF-8, not `char`s.
//!
//! Differences from the guide:
//! - The guide's comment says a `u8` holds `0..255`; that range excludes 255. The range is `0..=255`
//!   (`u8::MAX == 255`), which the module's tests assert. A literal out of range, `let age: u8 = 256;`, is rejected
//!   by the `overflowing_literals` lint (deny by default): `tests/ui/data_types/u8_literal_out_of_range.rs`.
//! - The guide declares `temperature`, `is_active`, `emoji`, `active` and `zeros` and never uses them
//!   (five `unused_variables` warnings); here each one is printed.
//!
//! The guide's mistake, "just use i32 for everything", is about what the type promises. Two places where
//! the type does work for you: an unsigned type cannot even hold a negative literal
//! (`let reading: u16 = -1;` is E0600, `tests/ui/data_types/negative_unsigned.rs`), and arithmetic that
//! leaves the type's range panics in debug builds (`age_next_year_overflow_panics_in_debug`), so code must
//! say what it wants: `checked_add`, `wrapping_add` or `saturating_add`, all shown in the output.
//!
//! Real-world figure from the guide, measured (deterministic, same on every target):
//! `size_of::<[u16; 10_000]>()` = 20 000 bytes and `size_of::<[i32; 10_000]>()` = 40 000 bytes, so the
//! `u16` buffer saves 20 000 bytes (20 KB, 19.5 KiB). Reproduce with `cargo run --bin data_types` (last
//! lines) or `cargo test -p basics data_types`.
//!
//! Follow-up (`usize` vs `u64`): [`follow_up`], `cargo run --bin usize_vs_u64`.

use std::mem::size_of;

/// Sensor readings kept as `u16`, as in the guide's firmware story.
pub type ReadingsU16 = [u16; 10_000];
/// The same buffer if "i32 for everything" had been the rule.
pub type ReadingsI32 = [i32; 10_000];

/// Bytes saved by storing 10 000 readings as `u16` instead of `i32`.
pub const fn bytes_saved_by_u16() -> usize {
    size_of::<ReadingsI32>() - size_of::<ReadingsU16>()
}

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

/// `age + 1` in the type the guide chose. Panics on overflow in debug builds (and wraps in release builds
/// unless `overflow-checks` is on), which is why [`main`] shows the explicit alternatives.
pub fn age_next_year(age: u8) -> u8 {
    age + 1
}

/// Follow-up: what is the difference between `usize` and `u64`, and when would you use each?
///
/// `u64` is 64 bits everywhere. `usize` is as wide as a pointer on the target: 8 bytes on this 64-bit
/// machine, 4 on a 32-bit one (wasm32, many microcontrollers). Because it can count every byte of the
/// address space, `usize` is the type of lengths, indices and sizes (`Vec::len`, `slice[i]`,
/// `size_of`); `u64` is for quantities that must not depend on the machine: file sizes and offsets
/// (`std::fs::Metadata::len`, `Seek`), IDs, counters and anything written to a file or the network.
///
/// Indexing only accepts `usize`: `scores[i]` with `i: u64` is E0277
/// (`tests/ui/data_types/index_with_u64.rs`). Converting is explicit and can fail on a 32-bit target,
/// so [`follow_up::index_from_offset`] uses `usize::try_from` and reports the error instead of truncating
/// with `as`.
///
/// The output of `cargo run --bin usize_vs_u64` lists the sizes on this target (the stored output is for a
/// 64-bit target, which is what this workspace is tested on).
pub mod follow_up {
    use std::mem::size_of;
    use std::num::TryFromIntError;

    /// Turns an offset read from a file or protocol (a `u64`) into an index, refusing values that do not
    /// fit this target's `usize` (only possible on targets narrower than 64 bits).
    pub fn index_from_offset(offset: u64) -> Result<usize, TryFromIntError> {
        usize::try_from(offset)
    }

    /// Looks up a score by an offset that came in as a `u64`; `None` when it is out of range.
    pub fn score_at(scores: &[i32], offset: u64) -> Option<i32> {
        let index = index_from_offset(offset).ok()?;
        scores.get(index).copied()
    }

    pub fn main() {
        println!(
            "usize: {} bytes ({} bits) on this target; pointers are {} bytes",
            size_of::<usize>(),
            usize::BITS,
            size_of::<*const u8>()
        );
        println!(
            "u64:   {} bytes ({} bits) on every target",
            size_of::<u64>(),
            u64::BITS
        );
        println!("usize::MAX = {}", usize::MAX);
        println!("u64::MAX   = {}", u64::MAX);

        let scores = vec![90, 85, 92, 88, 95];
        let len: usize = scores.len(); // lengths and indices are usize
        let offset: u64 = 2; // e.g. read from a file header
        println!("scores.len() = {len} (usize)");
        println!(
            "score at u64 offset {offset}: {:?}",
            score_at(&scores, offset)
        );
        println!("score at u64 offset 99: {:?}", score_at(&scores, 99));
        // let i: u64 = 2; scores[i]; // ❌ E0277 — tests/ui/data_types/index_with_u64.rs
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn usize_is_pointer_sized_and_u64_is_always_8_bytes() {
            assert_eq!(size_of::<usize>(), size_of::<*const u8>());
            assert_eq!(size_of::<u64>(), 8);
            #[cfg(target_pointer_width = "64")]
            assert_eq!(size_of::<usize>(), 8);
            #[cfg(target_pointer_width = "32")]
            assert_eq!(size_of::<usize>(), 4);
        }

        #[test]
        fn offsets_convert_to_indices_with_a_checked_conversion() {
            assert_eq!(index_from_offset(2), Ok(2));
            assert_eq!(score_at(&[90, 85, 92], 2), Some(92));
            assert_eq!(score_at(&[90, 85, 92], 3), None);
            // u64::MAX fits a 64-bit usize; on a 32-bit target the conversion is an error, not a wrap.
            assert_eq!(
                index_from_offset(u64::MAX).is_ok(),
                cfg!(target_pointer_width = "64")
            );
        }
    }
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
}
