//! Questions 29-31, 34, 35 of the guide: API design, errors, workspaces, testing, typestate.
//!
//! This level is not built yet; its issue fills it in following `CONVENTIONS.md` and the `basics` crate's layout.
