//! **Q3 follow-up · `usize` vs `u64`.** `u64` is 64 bits on every target; `usize` is as wide as a pointer,
//! so it is the type of lengths and indices, and `u64` the type of quantities that must not depend on the
//! machine.
//!
//! - `usize` is 8 bytes on a 64-bit target, 4 on 32-bit (wasm32, many microcontrollers), 2 on 16-bit
//!   ones (AVR, MSP430). Proof: `cargo test -p basics --lib data_types::follow_up::tests::usize_is_pointer_sized_and_u64_is_always_8_bytes`
//! - `Vec::len`, `slice[i]` and `size_of` are `usize`; file sizes and offsets (`Metadata::len`, `Seek`),
//!   IDs and anything written to disk or the network are `u64`. Indexing with a `u64` is E0277, and
//!   `let n: u64 = v.len();` is E0308. Proof: `cargo test -p basics --test compile_fail`
//! - There is no `From<usize> for u64` (E0277): std implements `From` only where the conversion is
//!   lossless on every target. Use `try_from`, which can fail; `as` truncates silently. Proof: `cargo test -p basics --lib data_types::follow_up::tests::offsets_convert_to_indices_with_a_checked_conversion`
//!
//! # Run it
//! `cargo run --bin usize_vs_u64`: the sizes on this target (the stored output is for 64-bit), then a
//! `u64` offset turned into an index with a checked conversion.
//!
//! # Differences from the guide
//! None.
//!
//! # More to explore
//! - Cases: `tests/ui/data_types/index_with_u64.rs`, `len_into_u64.rs`, `u64_from_usize.rs`.
//! - `u64::try_from(v.len())` cannot fail on today's targets, but the compiler does not know your target
//!   list; `usize::try_from(offset)` really can fail on 32-bit.
//! - Never serialise a `usize`: a file written on a 64-bit machine must read the same on a 32-bit one.

use std::mem::size_of;
use std::num::TryFromIntError;

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
        // `as` never fails: it keeps the low bits, so 300 becomes 44 in a u8 without a word.
        let offset: u64 = std::hint::black_box(300);
        let truncated = offset as u8;
        assert_eq!(truncated, 44);
        assert!(u8::try_from(offset).is_err());
    }
}
