//! Questions 11-20 of the guide: traits, generics, lifetimes, closures, iterators, smart pointers.
//!
//! This level is not built yet; its issue fills it in following `CONVENTIONS.md` and the `basics` crate's layout.
