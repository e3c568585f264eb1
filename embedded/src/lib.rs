//! Question 33 of the guide: no_std LED firmware for Cortex-M, run in QEMU.
//!
//! This level is not built yet; its issue fills it in following `CONVENTIONS.md` and the `basics` crate's layout.
