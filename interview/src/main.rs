//! `cargo run --bin interview -- <command>`; `cargo run --bin interview` alone shows the menu.
#![forbid(unsafe_code)]

use clap::Parser;
use interview::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    // `interview list | head` closes the pipe early: stop quietly instead of reporting a panic.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .unwrap_or("");
        if msg.contains("failed printing to stdout") {
            std::process::exit(0);
        }
        default_hook(info);
    }));
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Reset { yes }) => interview::reset_without_loading(yes),
        _ => interview::run(cli),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
