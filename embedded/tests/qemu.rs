//! The firmware boots and blinks for real: builds `led_firmware` for `thumbv7em-none-eabihf`, checks the
//! ELF is a real image (vector table, code), runs it in QEMU's `mps2-an386` (Cortex-M4) and checks the
//! exact sequence of writes to the FPGAIO LED register (from QEMU's `mps2_fpgaio_write` trace), the
//! firmware's own output (through semihosting) and its exit status 0.
//!
//! Needs `qemu-system-arm` (`apt-get install qemu-system-arm`) and the thumb target
//! (`rustup target add thumbv7em-none-eabihf`; `rust-toolchain.toml` asks for it). When one is missing the
//! test says so and passes; in CI (`.ci/run` installs both) it fails instead: the one rule of
//! `basics/tests/support/mod.rs`.
#[path = "../../basics/tests/support/mod.rs"]
mod support;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TARGET: &str = "thumbv7em-none-eabihf";
/// QEMU is killed after this long: firmware that never exits through semihosting would hang it forever.
const TIMEOUT: Duration = Duration::from_secs(20);

/// What the firmware prints through semihosting.
const EXPECTED_OUTPUT: &str = "\
FPU: CPACR CP10/CP11 = 0b1111 (enabled)
LED0 on  (register = 0x1)
LED0 off (register = 0x0)
LED0 on  (register = 0x1)
LED0 off (register = 0x0)
LED0 on  (register = 0x1)
LED0 off (register = 0x0)
readings kept: [21, 22, 22, 23, 21, 20, 22, 24] (8 of 10, capacity 8)
buffer full: push returned Err(25), reading dropped
buffer full: push returned Err(26), reading dropped
process_data: Some(21)
mean as f32: 21.875
";

/// `Some(what)` if a tool is missing.
fn missing_tools() -> Option<String> {
    let mut missing = Vec::new();
    let qemu = Command::new("qemu-system-arm")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !qemu {
        missing.push("qemu-system-arm (apt-get install qemu-system-arm)".to_string());
    }
    let target_libdir = support::rustc()
        .args(["--print", "target-libdir", "--target", TARGET])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    let has_target = target_libdir.is_some_and(|dir| {
        std::fs::read_dir(dir).is_ok_and(|mut entries| {
            entries
                .any(|e| e.is_ok_and(|e| e.file_name().to_string_lossy().starts_with("libcore-")))
        })
    });
    if !has_target {
        missing.push(format!("the {TARGET} target (rustup target add {TARGET})"));
    }
    (!missing.is_empty()).then(|| format!("missing: {}", missing.join("; ")))
}

/// Builds the release firmware into its own target dir: the outer `cargo test` holds the lock on the
/// normal one, and a nested cargo waiting for it would wait forever.
fn build_firmware() -> PathBuf {
    let workspace = support::workspace_root();
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("firmware");
    let output = Command::new(env!("CARGO"))
        .current_dir(workspace)
        .args([
            "build",
            "--release",
            "-p",
            "embedded",
            "--bin",
            "led_firmware",
            "--target",
            TARGET,
            "--target-dir",
        ])
        .arg(&target_dir)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "building the firmware failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    target_dir.join(TARGET).join("release").join("led_firmware")
}

/// Sizes of the named sections of a 32-bit little-endian ELF file.
fn elf32_sections(elf: &[u8]) -> Vec<(String, u32)> {
    let u16_at = |o: usize| u16::from_le_bytes([elf[o], elf[o + 1]]) as usize;
    let u32_at = |o: usize| u32::from_le_bytes(elf[o..o + 4].try_into().unwrap());
    assert_eq!(&elf[..4], b"\x7fELF", "not an ELF file");
    assert_eq!(elf[4], 1, "not a 32-bit ELF");
    assert_eq!(u16_at(18), 40, "not an ARM ELF (e_machine)");
    let shoff = u32_at(32) as usize;
    let shentsize = u16_at(46);
    let shnum = u16_at(48);
    let shstrndx = u16_at(50);
    let header = |i: usize| shoff + i * shentsize;
    let strtab = u32_at(header(shstrndx) + 16) as usize;
    (0..shnum)
        .map(|i| {
            let name_at = strtab + u32_at(header(i)) as usize;
            let end = elf[name_at..].iter().position(|&b| b == 0).unwrap();
            let name = String::from_utf8_lossy(&elf[name_at..name_at + end]).into_owned();
            (name, u32_at(header(i) + 20))
        })
        .collect()
}

/// Bytes the image takes in flash: vector table, code, read-only data and the initial values of `.data`
/// (what `llvm-size` calls text + data).
fn flash_size(sections: &[(String, u32)]) -> u32 {
    sections
        .iter()
        .filter(|(name, _)| {
            matches!(
                name.as_str(),
                ".vector_table" | ".text" | ".rodata" | ".data"
            )
        })
        .map(|(_, size)| size)
        .sum()
}

#[test]
fn firmware_boots_in_qemu_and_blinks() {
    if !support::tool_available(missing_tools()) {
        return;
    }
    let elf_path = build_firmware();
    let elf = std::fs::read(&elf_path).expect("the firmware ELF exists");

    // A firmware linked without cortex-m-rt's link.x still "builds", as an empty image: catch that here.
    let sections = elf32_sections(&elf);
    let size_of = |wanted: &str| {
        sections
            .iter()
            .find(|(name, _)| name == wanted)
            .map_or(0, |(_, size)| *size)
    };
    assert!(
        size_of(".vector_table") >= 64,
        "no vector table: {sections:?}"
    );
    assert!(size_of(".text") > 0, "no code: {sections:?}");
    let flash = flash_size(&sections);
    // The measured size is a stored, generated file (one home for the figure; embedded/README.md cites
    // it). A new toolchain or dependency changes it: refresh with `SNAPSHOTS=overwrite` (`.ci/refresh`).
    let mut report = format!("release firmware flash size: {flash} bytes\n");
    for (name, size) in &sections {
        if [".vector_table", ".text", ".rodata", ".data"].contains(&name.as_str()) {
            report.push_str(&format!("  {name}: {size} bytes\n"));
        }
    }
    snapbox::assert_data_eq!(report, snapbox::file!["snapshots/firmware_size.txt"]);

    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let (stdout_path, stderr_path) = (tmp.join("qemu.stdout"), tmp.join("qemu.stderr"));
    let mut qemu = Command::new("qemu-system-arm")
        .args([
            "-M",
            "mps2-an386",
            "-nographic",
            "-semihosting-config",
            "enable=on,target=native",
            "-trace",
            "mps2_fpgaio_write",
            "-kernel",
        ])
        .arg(&elf_path)
        .stdin(Stdio::null())
        .stdout(File::create(&stdout_path).unwrap())
        .stderr(File::create(&stderr_path).unwrap())
        .spawn()
        .expect("qemu-system-arm starts");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = qemu.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            qemu.kill().unwrap();
            qemu.wait().unwrap();
            panic!(
                "QEMU still running after {TIMEOUT:?}: the firmware did not exit through semihosting"
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stdout = std::fs::read_to_string(&stdout_path).unwrap();
    let stderr = std::fs::read_to_string(&stderr_path).unwrap();
    assert!(
        status.success(),
        "QEMU exit status {status}\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert_eq!(stdout, EXPECTED_OUTPUT);

    // Trace lines: "mps2_fpgaio_write MPS2 FPGAIO write: offset 0x0 data 0x1 size 4".
    let led_writes: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("mps2_fpgaio_write"))
        .map(|l| {
            assert!(
                l.contains("offset 0x0 "),
                "a write to another FPGAIO register: {l}"
            );
            l.split("data ").nth(1).unwrap().split(' ').next().unwrap()
        })
        .collect();
    assert_eq!(
        led_writes,
        ["0x1", "0x0", "0x1", "0x0", "0x1", "0x0"],
        "stderr:\n{stderr}"
    );
}

#[test]
fn the_host_simulation_prints_what_the_board_prints() {
    // The host binary runs the same `run` against a stand-in register; its stored output (tests/cmd)
    // must contain every line the board prints except the FPU line, which only the board can read.
    let stored = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/led_firmware.stdout"),
    )
    .unwrap();
    for line in EXPECTED_OUTPUT.lines().skip(1) {
        assert!(stored.contains(line), "host output lacks {line:?}");
    }
}
