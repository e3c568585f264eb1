//! Questions 21-28 of the guide: unsafe, dispatch, Pin, async, Send/Sync, macros, zero-cost.
//!
//! This level is not built yet; its issue fills it in following `CONVENTIONS.md` and the `basics` crate's layout.

pub mod associated_types;
pub mod async_await;
pub mod macros;
pub mod pin_unpin;
pub mod send_sync;
pub mod trait_objects;
pub mod unsafe_rust;
pub mod zero_cost;
