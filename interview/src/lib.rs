//! The practice tool: `cargo run --bin interview -- <command>`. Drills built from the workspace's proven
//! files (stored compiler messages, stored outputs, the guide's kept versions with their tests, the
//! question modules' docs), graded against them, with progress and spaced repetition.
#![forbid(unsafe_code)]

pub mod drills;
pub mod fix;
pub mod nav;
pub mod progress;
pub mod text;
pub mod ui;
pub mod workspace;

use clap::{Args, Parser, Subcommand};
use progress::Progress;
use std::path::PathBuf;
use ui::Ui;
use workspace::Workspace;

#[derive(Parser, Debug)]
#[command(
    name = "interview",
    about = "Practise the 40 questions: drills graded by the workspace's own proofs.",
    after_help = "Progress: INTERVIEW_PROGRESS=<file> overrides the default file in your data directory.\n\
                  Run with no command for the menu and your progress."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// The 40 questions: number, level, title, progress.
    List {
        /// Only this level (basic, intermediate, advanced, experienced, performance).
        #[arg(long)]
        level: Option<String>,
    },
    /// One question: its follow-up, the commands to run, its files.
    Show {
        /// A question number (5) or bin name (ownership, move_vs_clone).
        question: String,
    },
    /// Search questions, follow-ups, module docs and compiler messages.
    Search {
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// Predict the compiler: does this program compile, and if not, with which error?
    Compiler(SessionArgs),
    /// Predict the output: which line does this program print?
    Output(SessionArgs),
    /// Spot the bug in the guide's own versions of the code.
    Bug(SessionArgs),
    /// Mock interview: answer the question and its follow-up, then compare with the key points.
    Mock {
        #[command(flatten)]
        session: SessionArgs,
        /// Time limit per answer, in minutes.
        #[arg(long)]
        minutes: Option<u64>,
    },
    /// Copy a compile-fail case to an exercise file to fix (then `check`, `hint`, `watch`).
    Fix {
        /// The case: its name (use_after_move), or bin/name, or crate/bin/name.
        case: String,
        /// Start over from the case's program, discarding your edits.
        #[arg(long)]
        reset: bool,
    },
    /// Compile (and run) the current exercise.
    Check,
    /// The next hint for the current exercise: rustc's message, the explanation, the fix.
    Hint,
    /// Re-check the current exercise whenever it is saved (q + Enter, Ctrl-C or end of input stops).
    Watch {
        /// Check once and stop (for scripts).
        #[arg(long)]
        once: bool,
    },
    /// Serve what is due: every drill kind, weakest first (Leitner boxes).
    Review(SessionArgs),
    /// Mastery per question and per level.
    Stats,
    /// Start over: forget all progress (asks for confirmation).
    Reset {
        /// Do not ask.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Args, Debug, Clone, Default)]
pub struct SessionArgs {
    /// Only this question (a number or a bin name).
    #[arg(long)]
    pub question: Option<String>,
    /// Only this level (basic, intermediate, advanced, experienced, performance).
    #[arg(long)]
    pub level: Option<String>,
    /// How many items.
    #[arg(long)]
    pub count: Option<usize>,
    /// Same seed, same items in the same order.
    #[arg(long)]
    pub seed: Option<u64>,
}

/// What a session works with: the terminal, the loaded progress and where it is saved.
pub struct Session {
    pub ui: Ui,
    pub progress: Progress,
    pub path: PathBuf,
    pub today: i64,
}

impl Session {
    /// Records an answer and saves at once, so an interrupted session keeps what was answered.
    pub fn record(&mut self, id: &str, right: bool, answer: &str) -> Result<(), String> {
        self.progress.record(id, right, answer, self.today);
        self.save()
    }
    pub fn save(&self) -> Result<(), String> {
        progress::save(&self.path, &self.progress).map_err(|e| e.to_string())
    }
}

/// Runs the tool; the `Err` is the message to print before exiting non-zero.
pub fn run(cli: Cli) -> Result<(), String> {
    let root = workspace::default_root();
    let ws = Workspace::load(&root)?;
    let path = progress::default_path().ok_or(
        "no data directory found for the progress file (HOME is not set?). Set INTERVIEW_PROGRESS=<file>.",
    )?;
    let progress = progress::load(&path).map_err(|e| e.to_string())?;
    let today = progress::today()?;
    let mut s = Session {
        ui: Ui::new(),
        progress,
        path,
        today,
    };
    match cli.command {
        None => nav::menu(&ws, &s),
        Some(Command::List { level }) => nav::list(&ws, &s, level.as_deref()),
        Some(Command::Show { question }) => nav::show(&ws, &s, &question),
        Some(Command::Search { words }) => nav::search(&ws, &s, &words.join(" ")),
        Some(Command::Compiler(a)) => drills::compiler(&ws, &mut s, &a),
        Some(Command::Output(a)) => drills::output(&ws, &mut s, &a),
        Some(Command::Bug(a)) => drills::bug(&ws, &mut s, &a),
        Some(Command::Mock { session, minutes }) => drills::mock(&ws, &mut s, &session, minutes),
        Some(Command::Review(a)) => drills::review(&ws, &mut s, &a),
        Some(Command::Stats) => nav::stats(&ws, &s),
        Some(Command::Reset { yes }) => nav::reset(&mut s, yes),
        Some(Command::Fix { case, reset }) => fix::fix(&ws, &mut s, &case, reset),
        Some(Command::Check) => fix::check(&ws, &mut s).map(|_| ()),
        Some(Command::Hint) => fix::hint(&ws, &mut s),
        Some(Command::Watch { once }) => fix::watch(&ws, &mut s, once),
    }
}

/// `interview reset` must work on a damaged file (that is how one recovers), so it loads nothing.
pub fn reset_without_loading(yes: bool) -> Result<(), String> {
    let path = progress::default_path()
        .ok_or("no data directory found; set INTERVIEW_PROGRESS=<file>.")?;
    let mut s = Session {
        ui: Ui::new(),
        progress: Progress::new(),
        path,
        today: 0,
    };
    nav::reset(&mut s, yes)
}
