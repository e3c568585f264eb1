//! Q15: an adaptor that nobody consumes does nothing, and rustc says so: `unused_must_use` (a warning by
//! default, denied here so the case fails) with the note "iterators are lazy and do nothing unless
//! consumed".
#![deny(unused_must_use)]

fn main() {
    let prices = [1200.0, -500.0, 3400.0];
    prices.iter().map(|p| p * 0.98);
}
