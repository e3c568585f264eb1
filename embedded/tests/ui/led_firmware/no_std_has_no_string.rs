// `#![no_std]` leaves only `core`: types that need a heap allocator (`String`, `Vec`, `Box`) and
// `println!` (which needs an OS) are gone. They come back with `extern crate alloc` plus a global
// allocator, or are replaced by fixed-capacity types such as `heapless::String`.
// (Built for the host, which unwinds on panic, rustc also notes that unwinding needs std; the firmware's
// thumb target aborts on panic instead.)
#![no_std]
#![no_main]

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

pub fn greeting() -> String {
    String::from("LED on")
}
