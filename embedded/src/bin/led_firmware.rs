//! Q33 main example. On the host, `cargo run --bin led_firmware` simulates the firmware; built with
//! `--target thumbv7em-none-eabihf` this is the real `no_std`/`no_main` firmware, whose entry point
//! cortex-m-rt's reset handler calls. The code is in `embedded/src/led_firmware.rs`.
#![cfg_attr(target_os = "none", no_std)]
#![cfg_attr(target_os = "none", no_main)]

#[cfg(target_os = "none")]
#[cortex_m_rt::entry]
fn main() -> ! {
    embedded::led_firmware::firmware::run_on_board()
}

#[cfg(not(target_os = "none"))]
fn main() {
    embedded::led_firmware::main();
}
