//! Linker setup for the bare-metal build only: puts `memory.x` where cortex-m-rt's `link.x` finds it
//! and passes `-Tlink.x` to the binaries. Doing this here, and not through `rustflags` in
//! `.cargo/config.toml`, matters: config rustflags are silently ignored when a `RUSTFLAGS` environment
//! variable is set, and the result links an empty image without any error.
use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=memory.x");
    let target = env::var("TARGET").expect("cargo sets TARGET for build scripts");
    if target.starts_with("thumb") {
        let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
        fs::write(out.join("memory.x"), include_bytes!("memory.x")).expect("OUT_DIR is writable");
        println!("cargo:rustc-link-search={}", out.display());
        println!("cargo:rustc-link-arg-bins=-Tlink.x");
    }
}
