//! Q10 main example: `cargo run --bin option_result [PATH]` (PATH defaults to `age.txt`). The code is in
//! `basics/src/option_result.rs`.
fn main() -> std::process::ExitCode {
    basics::option_result::main()
}
