//! Questions 36-40 of the guide: benchmarking, profiling, rayon, tokio tuning, build profiles.
//!
//! This level is not built yet; its issue fills it in following `CONVENTIONS.md` and the `basics` crate's layout.
