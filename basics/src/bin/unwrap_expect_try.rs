//! Q10 follow-up: `cargo run --bin unwrap_expect_try [unwrap|expect|try|main INPUT]`. The code is in
//! `basics/src/option_result/follow_up.rs`.
fn main() -> std::process::ExitCode {
    basics::option_result::follow_up::main()
}
