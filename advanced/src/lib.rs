//! Questions 21-28 of the guide: unsafe, dispatch, Pin, async, Send/Sync, macros, zero-cost.
//!
//! This level is not built yet; its issue fills it in following `CONVENTIONS.md` and the `basics` crate's layout.

pub mod async_await;
pub mod trait_objects;
pub mod associated_types;
pub mod pin_unpin;
pub mod unsafe_rust;
pub mod send_sync;
pub mod macros;
pub mod zero_cost;
