//! **Q28 follow-up · Verifying a zero-cost claim.** Compile both versions with optimisations, compare
//! their assembly, and benchmark them: same instructions and same speed is the proof.
//!
//! - `compare_assembly` compiles `advanced/asm/zero_cost.rs` (the guide's two functions, `pub` and
//!   `#[unsafe(no_mangle)]`) with `rustc --emit=asm` at `-C opt-level=3` and at 2, and normalises each
//!   listing (directives dropped, labels renumbered). Proof: `cargo run --bin compare_assembly`
//! - Result: 58 instructions each, the same multiset, no `call`, three in another place: instruction
//!   scheduling, not extra work. Proof: `cargo test -p advanced --lib zero_cost::follow_up::tests::the_two_functions`
//! - The benchmark is the other half: the same data, behind `black_box`, so nothing is computed at
//!   compile time (CLAIMS.md row 21). Proof: `cargo bench -p advanced --bench zero_cost`
//! - A missing compiler is an error naming the command, not a panic.
//!   Proof: `cargo test -p advanced --test outputs`
//!
//! # Run it
//! `cargo run --bin compare_assembly`: the counts and the six diff lines, at both levels.
//!
//! # Differences from the guide
//! - `cargo rustc --release -- --emit=asm` on the guide's program has nothing to compare:
//!   [ERRATA.md, Q28](../../../ERRATA.md#q28).
//!
//! # More to explore
//! - The guide's command works (the `.s` file lands in `target/release/deps/`), but its functions are
//!   private and called once, so they are inlined into `main`, which prints a `167` computed at compile
//!   time. Make them `pub` and `#[unsafe(no_mangle)]` (or `#[inline(never)]`), or use `cargo-show-asm`
//!   or Compiler Explorer.
//! - The compiler is `$RUSTC` if set, else `rustc` on `PATH` (the pinned toolchain inside this
//!   workspace). The harness (compile, cut out a function, normalise, diff) is in [`harness`].

use std::path::Path;

pub mod harness;

use harness::{compile_to_asm, diff, function_listing, normalize, rustc, rustc_version};

pub fn main() {
    if let Err(message) = run(&rustc()) {
        eprintln!("compare_assembly: {message}");
        std::process::exit(1);
    }
}

/// The standalone source file that is compiled, embedded so the binary works from any directory.
pub const SOURCE: &str = include_str!("../../asm/zero_cost.rs");

/// The two functions the guide says compile to the same assembly.
pub const PAIR: [&str; 2] = ["sum_of_squares_idiomatic", "sum_of_squares_manual"];

/// What the comparison found.
#[derive(Debug, PartialEq, Eq)]
pub struct Comparison {
    pub idiomatic_instructions: usize,
    pub manual_instructions: usize,
    pub identical_in_order: bool,
    pub identical_ignoring_order: bool,
    pub diff: Vec<String>,
    /// `call` instructions in the two functions together: a bounds check that survived (its panic
    /// path), an allocation or a function that was not inlined would each show up as one.
    pub calls: usize,
    /// Functions named `max_value` in the listing: one per type it was used with.
    pub max_value_copies: usize,
}

/// Compares the two functions of [`PAIR`] in an assembly listing.
pub fn compare(asm: &str) -> Result<Comparison, String> {
    let get = |name: &str| {
        function_listing(asm, name)
            .map(|l| normalize(&l))
            .ok_or_else(|| format!("function `{name}` not found in the assembly"))
    };
    let (idiomatic, manual) = (get(PAIR[0])?, get(PAIR[1])?);
    let sorted = |v: &[String]| {
        let mut v = v.to_vec();
        v.sort();
        v
    };
    let max_value_copies = asm
        .lines()
        .filter(|l| l.ends_with(':') && !l.starts_with('.') && l.contains("max_value"))
        .count();
    Ok(Comparison {
        idiomatic_instructions: idiomatic.len(),
        manual_instructions: manual.len(),
        identical_in_order: idiomatic == manual,
        identical_ignoring_order: sorted(&idiomatic) == sorted(&manual),
        diff: diff(&idiomatic, &manual),
        calls: idiomatic
            .iter()
            .chain(&manual)
            .filter(|line| line.starts_with("call"))
            .count(),
        max_value_copies,
    })
}

/// Compiles, compares and prints; `Err` carries the message for the user.
pub fn run(rustc: &Path) -> Result<(), String> {
    println!(
        "{}, --emit=asm, {}",
        rustc_version(rustc)?,
        std::env::consts::ARCH
    );
    for (opt_level, what) in [
        (3, "what `cargo build --release` uses"),
        (2, "`rustc -O`, the guide's \"-O2\""),
    ] {
        let asm = compile_to_asm(rustc, opt_level)?;
        let c = compare(&asm)?;
        println!("-C opt-level={opt_level} ({what}):");
        println!(
            "  {:<25} {} instructions",
            format!("{}:", PAIR[0]),
            c.idiomatic_instructions
        );
        println!(
            "  {:<25} {} instructions",
            format!("{}:", PAIR[1]),
            c.manual_instructions
        );
        println!("  identical, in order:       {}", c.identical_in_order);
        println!(
            "  identical, ignoring order: {}",
            c.identical_ignoring_order
        );
        println!(
            "  diff of the normalised listings (- only in the iterator chain, + only in the hand loop):"
        );
        for line in &c.diff {
            println!("      {line}");
        }
        println!(
            "  call instructions in either: {} (no surviving bounds check, allocation or call)",
            c.calls
        );
        println!(
            "  max_value<T> compiled into {} separate functions (i32 and f64)",
            c.max_value_copies
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body<'a>(source: &'a str, signature: &str) -> &'a str {
        let start = source
            .find(signature)
            .unwrap_or_else(|| panic!("{signature} not found"));
        let end = start + source[start..].find("\n}\n").expect("function end");
        &source[start..end]
    }

    #[test]
    fn the_compiled_file_holds_the_same_functions_as_the_example() {
        let example = include_str!("../zero_cost.rs");
        for f in [
            "pub fn sum_of_squares_idiomatic",
            "pub fn sum_of_squares_manual",
        ] {
            assert_eq!(body(SOURCE, f), body(example, f));
        }
    }

    #[test]
    fn a_function_missing_from_the_listing_is_a_clear_error() {
        assert_eq!(
            compare("foo:\n\tretq\n").unwrap_err(),
            "function `sum_of_squares_idiomatic` not found in the assembly"
        );
    }

    #[test]
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    fn the_two_functions_have_the_same_instructions_in_a_different_order() {
        for opt_level in [3, 2] {
            let asm = compile_to_asm(&rustc(), opt_level).expect("rustc is available to the tests");
            let c = compare(&asm).unwrap();
            assert_eq!((c.idiomatic_instructions, c.manual_instructions), (58, 58));
            assert!(!c.identical_in_order, "opt-level={opt_level}");
            assert!(c.identical_ignoring_order, "opt-level={opt_level}");
            assert_eq!(c.max_value_copies, 2);
            assert_eq!(c.diff.len(), 6, "opt-level={opt_level}: {:#?}", c.diff);
            assert_eq!(c.calls, 0, "opt-level={opt_level}");
        }
    }
}
