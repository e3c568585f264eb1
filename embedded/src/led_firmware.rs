//! **Q33 · `no_std` firmware.** `#![no_std]` drops the standard library and keeps `core` (plus
//! `alloc` with an allocator), which is how Rust runs on a microcontroller with no OS: here an LED
//! blinker for a Cortex-M4, booted in QEMU.
//!
//! - `core` has no heap types (`String` is E0425) and no libm (`f32::sqrt` is E0599). Proof: `cargo test -p embedded --test compile_fail`
//! - Bare metal needs a vector table, a reset handler (cortex-m-rt) and a `#[panic_handler]`. Proof: `cargo test -p embedded --test qemu`
//! - Hardware is a volatile access to a register address behind one `unsafe` constructor, [`Mmio::new`]. Proof: `cargo test -p embedded --test qemu`
//! - The logic is generic over the register, so it is tested on the host. Proof: `cargo test -p embedded --lib led_firmware::tests::run_writes_on_off_three_times`
//!
//! # Run it
//! `cargo run --bin led_firmware` simulates the board; [`embedded/README.md`](../README.md) boots it in
//! QEMU.
//!
//! # Differences from the guide
//! - `#[entry]`, not a bare `_start`: [ERRATA.md, Q33](../../ERRATA.md#q33).
//! - FPU enabled first: [ERRATA.md, Q33](../../ERRATA.md#q33).
//! - A real register, toggled: [ERRATA.md, Q33](../../ERRATA.md#q33).
//! - Exits, no endless loop: [ERRATA.md, Q33](../../ERRATA.md#q33).
//! - `u64` sum ([`guide_process_data`] overflows), and it is called: [ERRATA.md, Q33](../../ERRATA.md#q33).
//! - `core` has no libm: [ERRATA.md, Q33](../../ERRATA.md#q33).
//!
//! # More to explore
//! - Real projects reach registers through a PAC (generated from the chip's SVD file) and a HAL
//!   implementing `embedded-hal`; `Peripherals::take()` hands each peripheral out once, the singleton
//!   that [`Mmio::new`]'s "nothing else may access it" contract stands in for here.
//! - An interrupt handler and the main loop share data through a `heapless::spsc::Queue` split into a
//!   producer and a consumer; the follow-up splits a local queue, and firmware splits a `static` one
//!   (`split` needs `&'static mut`, which e.g. `cortex_m::singleton!` provides).
//! - The flash size is stored in `embedded/tests/snapshots/firmware_size.txt`, written by the QEMU test.
//!
//! # Follow-up
//! What is the heapless crate? [`follow_up`], `cargo run --bin heapless_collections`.

#[cfg(not(target_os = "none"))]
pub mod follow_up;

use core::fmt::{self, Write};
use heapless::Vec;

/// Host version of the firmware: the same [`run`], against [`SimulatedLed`].
#[cfg(not(target_os = "none"))]
pub fn main() {
    println!("host simulation: the firmware's logic against a stand-in LED register");
    let mut led = SimulatedLed::default();
    let mut out = String::new();
    run(&mut led, &mut out, &mut || {}).expect("writing to a String cannot fail");
    print!("{out}");
    let writes: std::vec::Vec<String> = led.writes.iter().map(|w| format!("{w:#x}")).collect();
    println!(
        "writes to {LED_REGISTER:#010x}: [{}] (on the board: write_volatile)",
        writes.join(", ")
    );
    println!("on the board: see embedded/README.md (cargo build --target thumbv7em-none-eabihf,");
    println!("then qemu-system-arm -M mps2-an386); the test that runs it:");
    println!("cargo test -p embedded --test qemu");
}

/// Base address of the MPS2 "FPGAIO" register block (AN385/AN386 images, and QEMU's `mps2-an386`).
pub const FPGAIO_BASE: usize = 0x4002_8000;
/// The FPGAIO `LED0` register (offset 0): bit 0 drives LED 0, bit 1 LED 1.
pub const LED_REGISTER: usize = FPGAIO_BASE;
/// The bit of the LED this firmware blinks.
pub const LED0: u32 = 1 << 0;
/// How many times the firmware blinks (one on and one off write each).
pub const BLINKS: usize = 3;
/// Capacity of the reading buffer: a fixed-size array inside the `heapless::Vec`, no allocator.
pub const READINGS_CAPACITY: usize = 8;
/// Temperature readings (°C) the firmware pretends to sample: two more than the buffer holds.
pub const SENSOR_READINGS: [u8; 10] = [21, 22, 22, 23, 21, 20, 22, 24, 25, 26];

/// A 32-bit LED register: the real one on the board, a stand-in on the host.
pub trait LedRegister {
    fn read(&self) -> u32;
    fn write(&mut self, value: u32);
}

/// A memory-mapped hardware register, accessed with volatile reads and writes so that the compiler
/// neither drops nor merges them (to the optimiser, a plain write nobody reads back is dead code).
#[derive(Debug)]
pub struct Mmio {
    register: *mut u32,
}

impl Mmio {
    /// # Safety
    /// `address` must be a 4-byte-aligned device register that is valid to read and write as a `u32`
    /// for the whole program, and nothing else may access it through another `Mmio` at the same time.
    pub const unsafe fn new(address: usize) -> Self {
        Mmio {
            register: address as *mut u32,
        }
    }
}

impl LedRegister for Mmio {
    fn read(&self) -> u32 {
        // SAFETY: `new`'s contract: an aligned, always-valid device register.
        unsafe { core::ptr::read_volatile(self.register) }
    }

    fn write(&mut self, value: u32) {
        // SAFETY: `new`'s contract: an aligned, always-valid device register, accessed only through
        // this `Mmio` (`&mut self`).
        unsafe { core::ptr::write_volatile(self.register, value) }
    }
}

/// Host stand-in for the LED register: keeps the value like the FPGAIO register does (it holds the two
/// LED bits) and records every write, as QEMU's trace does on the board.
#[derive(Debug, Default)]
pub struct SimulatedLed {
    value: u32,
    /// Every value written, in order.
    pub writes: Vec<u32, 16>,
}

impl LedRegister for SimulatedLed {
    fn read(&self) -> u32 {
        self.value
    }

    fn write(&mut self, value: u32) {
        // Like the FPGAIO register: only the two LED bits are stored.
        self.value = value & 0b11;
        // A stand-in that cannot record stops recording; the register value stays right.
        let _ = self.writes.push(value);
    }
}

/// Flips [`LED0`] with a read-modify-write (other bits kept) and returns whether the LED is now on.
pub fn toggle<R: LedRegister>(led: &mut R) -> bool {
    let value = led.read() ^ LED0;
    led.write(value);
    value & LED0 != 0
}

/// The guide's `process_data`, unchanged: the mean of the readings, summed into a `u16`.
///
/// Kept only to show its bug: 258 readings of 255 overflow the `u16` sum (a panic in a debug build, a
/// wrong mean in release), and `data.len() as u16` is wrong past 65 535 readings. Use [`process_data`].
///
/// Flaw: panics. Proof: `cargo test -p embedded --lib led_firmware::tests::guide_process_data_overflows_its_u16_sum`
pub fn guide_process_data(data: &[u8]) -> Option<u8> {
    let sum: u16 = data.iter().map(|&x| x as u16).sum();
    if data.is_empty() {
        None
    } else {
        Some((sum / data.len() as u16) as u8)
    }
}

/// The mean of the readings (rounded down), or `None` for no readings. Never overflows: the sum is a
/// `u64`, and no slice is long enough to overflow it (2^64 / 255 elements).
pub fn process_data(data: &[u8]) -> Option<u8> {
    if data.is_empty() {
        return None;
    }
    let sum: u64 = data.iter().map(|&x| u64::from(x)).sum();
    let mean = sum / data.len() as u64;
    // The mean of u8 values is at most 255, so this conversion never fails.
    u8::try_from(mean).ok()
}

/// The exact mean as `f32`: floating-point math, which on the board runs on the FPU.
pub fn mean_f32(data: &[u8]) -> Option<f32> {
    if data.is_empty() {
        return None;
    }
    let sum: u64 = data.iter().map(|&x| u64::from(x)).sum();
    Some(sum as f32 / data.len() as f32)
}

/// Fills a fixed-capacity buffer with `samples`; the values that did not fit come back from `push` as
/// `Err(value)` and are returned in the second buffer.
pub fn collect_readings(
    samples: &[u8],
) -> (
    Vec<u8, READINGS_CAPACITY>,
    Vec<u8, { SENSOR_READINGS.len() }>,
) {
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    for &sample in samples {
        if let Err(value) = kept.push(sample) {
            // Keep at most as many dropped values as `SENSOR_READINGS` has; beyond that, they are lost.
            let _ = dropped.push(value);
        }
    }
    (kept, dropped)
}

/// The firmware: blinks [`LED0`] [`BLINKS`] times (calling `delay` between writes), then collects and
/// averages the readings, reporting each step to `out`.
pub fn run<R: LedRegister, W: Write>(
    led: &mut R,
    out: &mut W,
    delay: &mut impl FnMut(),
) -> fmt::Result {
    for _ in 0..BLINKS * 2 {
        let on = toggle(led);
        writeln!(
            out,
            "LED0 {:<3} (register = {:#x})",
            if on { "on" } else { "off" },
            led.read()
        )?;
        delay();
    }
    let (readings, dropped) = collect_readings(&SENSOR_READINGS);
    writeln!(
        out,
        "readings kept: {:?} ({} of {}, capacity {})",
        readings.as_slice(),
        readings.len(),
        SENSOR_READINGS.len(),
        readings.capacity()
    )?;
    for value in &dropped {
        writeln!(
            out,
            "buffer full: push returned Err({value}), reading dropped"
        )?;
    }
    writeln!(out, "process_data: {:?}", process_data(&readings))?;
    match mean_f32(&readings) {
        Some(mean) => writeln!(out, "mean as f32: {mean:.3}"),
        None => writeln!(out, "mean as f32: no readings"),
    }
}

/// The bare-metal side: what `#[entry]` calls, and the panic handler. Built only for the thumb target.
#[cfg(all(target_arch = "arm", target_os = "none"))]
pub mod firmware {
    use super::{LED_REGISTER, Mmio, run};
    use core::fmt::Write;
    use cortex_m_semihosting::{debug, hio};

    /// Spin iterations between two LED writes: visible on real hardware would need far more; QEMU
    /// runs it in a blink.
    const DELAY_SPINS: u32 = 100_000;
    /// SCB's Coprocessor Access Control Register; bits 20-23 enable CP10/CP11, i.e. the FPU.
    const CPACR: usize = 0xE000_ED88;

    fn delay(spins: u32) {
        for _ in 0..spins {
            // A real instruction (`yield`), so the loop is not optimised away.
            core::hint::spin_loop();
        }
    }

    /// Runs the firmware on the board and ends QEMU through semihosting.
    pub fn run_on_board() -> ! {
        let status = match hio::hstdout() {
            Ok(mut out) => {
                // SAFETY: CPACR is an architecturally defined, always-present, aligned 32-bit System
                // Control Block register on every Cortex-M4; reading it has no side effect.
                let cpacr = unsafe { core::ptr::read_volatile(CPACR as *const u32) };
                let fpu = (cpacr >> 20) & 0xF;
                let _ = writeln!(
                    out,
                    "FPU: CPACR CP10/CP11 = {fpu:#06b} ({})",
                    if fpu == 0b1111 { "enabled" } else { "disabled" }
                );
                // SAFETY: LED_REGISTER is the FPGAIO LED0 register of the MPS2 AN386 board: aligned,
                // always mapped, and this is the only `Mmio` for it.
                let mut led = unsafe { Mmio::new(LED_REGISTER) };
                match run(&mut led, &mut out, &mut || delay(DELAY_SPINS)) {
                    Ok(()) => debug::EXIT_SUCCESS,
                    Err(_) => debug::EXIT_FAILURE,
                }
            }
            Err(()) => debug::EXIT_FAILURE,
        };
        debug::exit(status);
        // `exit` only returns when no debugger/semihosting host is attached: then stay halted.
        loop {
            core::hint::spin_loop();
        }
    }

    /// Required with `no_std`: reports the panic through semihosting and exits with a failure status,
    /// instead of the guide's silent `loop {}`.
    #[panic_handler]
    fn panic(info: &core::panic::PanicInfo) -> ! {
        if let Ok(mut out) = hio::hstdout() {
            let _ = writeln!(out, "panic: {info}");
        }
        debug::exit(debug::EXIT_FAILURE);
        loop {
            core::hint::spin_loop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn toggle_alternates_and_keeps_other_bits() {
        let mut led = SimulatedLed::default();
        led.write(0b10); // LED 1 on, set by someone else
        assert!(toggle(&mut led));
        assert!(!toggle(&mut led));
        assert_eq!(led.writes.as_slice(), &[0b10, 0b11, 0b10]);
    }

    #[test]
    fn run_writes_on_off_three_times() {
        let mut led = SimulatedLed::default();
        let mut out = String::new();
        let mut delays = 0;
        run(&mut led, &mut out, &mut || delays += 1).unwrap();
        assert_eq!(led.writes.as_slice(), &[1, 0, 1, 0, 1, 0]);
        assert_eq!(delays, 6);
        assert!(out.contains("buffer full: push returned Err(25), reading dropped"));
        assert!(out.contains("process_data: Some(21)"));
        assert!(out.contains("mean as f32: 21.875"));
    }

    #[test]
    fn the_buffer_keeps_the_first_eight_and_returns_the_rest() {
        let (kept, dropped) = collect_readings(&SENSOR_READINGS);
        assert_eq!(kept.as_slice(), &SENSOR_READINGS[..8]);
        assert_eq!(dropped.as_slice(), &[25, 26]);
    }

    #[test]
    fn process_data_examples() {
        assert_eq!(process_data(&[]), None);
        assert_eq!(process_data(&[10, 20]), Some(15));
        assert_eq!(process_data(&[1, 2]), Some(1), "rounds down");
        assert_eq!(process_data(&[255; 100_000]), Some(255));
        assert_eq!(mean_f32(&[1, 2]), Some(1.5));
        assert_eq!(mean_f32(&[]), None);
    }

    #[test]
    fn the_guides_version_is_fine_for_short_inputs() {
        assert_eq!(guide_process_data(&[10, 20]), Some(15));
        assert_eq!(guide_process_data(&[255; 257]), Some(255));
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "attempt to add with overflow")]
    fn guide_process_data_overflows_its_u16_sum() {
        // 258 * 255 = 65 790 > u16::MAX.
        let _ = guide_process_data(&[255; 258]);
    }

    #[test]
    #[cfg(not(debug_assertions))]
    fn guide_process_data_overflows_its_u16_sum() {
        // Release builds wrap: 65 790 - 65 536 = 254, and 254 / 258 = 0, a mean of 0 for 255s.
        assert_eq!(guide_process_data(&[255; 258]), Some(0));
        assert_eq!(process_data(&[255; 258]), Some(255));
    }

    proptest! {
        #[test]
        fn process_data_is_the_floor_of_the_exact_mean(data in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let expected = if data.is_empty() {
                None
            } else {
                let sum: u128 = data.iter().map(|&x| u128::from(x)).sum();
                Some((sum / data.len() as u128) as u8)
            };
            prop_assert_eq!(process_data(&data), expected);
        }

        #[test]
        fn the_mean_lies_between_min_and_max(data in proptest::collection::vec(any::<u8>(), 1..2000)) {
            let mean = process_data(&data).unwrap();
            prop_assert!(*data.iter().min().unwrap() <= mean && mean <= *data.iter().max().unwrap());
        }

        #[test]
        fn long_runs_of_one_value_average_to_that_value(value in any::<u8>(), len in 1usize..200_000) {
            prop_assert_eq!(process_data(&vec![value; len]), Some(value));
        }
    }
}
