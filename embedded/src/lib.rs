//! Question 33 of the guide: no_std LED firmware for Cortex-M, run in QEMU.
//!
//! One module per question, laid out like every level (see `basics`): [`led_firmware`] holds the
//! firmware (`cargo run --bin led_firmware` simulates it on the host; `embedded/README.md` runs it on
//! an emulated Cortex-M4) and its follow-up on the heapless crate
//! (`cargo run --bin heapless_collections`).
//!
//! Built for `thumbv7em-none-eabihf` this library is `#![no_std]`: the firmware's logic uses only `core`
//! and `heapless`, which is what lets the same code be tested on the host and run on the chip.
#![cfg_attr(target_os = "none", no_std)]

pub mod led_firmware;

// The follow-up's tests count allocations (to show heapless never allocates), so the host test binary
// runs on the workspace's counting allocator.
#[cfg(all(test, not(target_os = "none")))]
#[global_allocator]
static COUNTING: basics::alloc_counter::CountingAllocator =
    basics::alloc_counter::CountingAllocator;
