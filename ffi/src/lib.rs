//! Question 32 of the guide: Rust and C calling each other.
//!
//! This level is not built yet; its issue fills it in following `CONVENTIONS.md` and the `basics` crate's layout.
