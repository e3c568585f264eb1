//! Terminal input and output: prompts, one answer per line (so a session can be scripted), colours only
//! on a terminal and never with `NO_COLOR`, and the seeded shuffle behind `--seed`.

use std::io::{self, BufRead, IsTerminal, Write};

pub struct Ui {
    input: Box<dyn BufRead>,
    pub interactive: bool,
    color: bool,
}

impl Ui {
    pub fn new() -> Ui {
        let interactive = io::stdin().is_terminal();
        let color =
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        Ui {
            input: Box::new(io::BufReader::new(io::stdin())),
            interactive,
            color,
        }
    }

    /// Whether output is coloured (a terminal, and `NO_COLOR` unset).
    pub fn color(&self) -> bool {
        self.color
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    pub fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    pub fn good(&self, s: &str) -> String {
        self.paint("1;32", s)
    }
    pub fn bad(&self, s: &str) -> String {
        self.paint("1;31", s)
    }
    pub fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    pub fn accent(&self, s: &str) -> String {
        self.paint("36", s)
    }

    /// Prints `prompt` and reads one line; `None` at end of input. When input is scripted the answer is
    /// echoed, so a transcript reads like a session.
    pub fn ask(&mut self, prompt: &str) -> Option<String> {
        print!("{prompt}");
        let _ = io::stdout().flush();
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) | Err(_) => {
                println!();
                None
            }
            Ok(_) => {
                let answer = line.trim_end_matches(['\n', '\r']).to_string();
                if !self.interactive {
                    println!("{answer}");
                }
                Some(answer)
            }
        }
    }

    /// Prints a block of code with line numbers.
    pub fn code(&self, code: &str) {
        let lines: Vec<&str> = code.trim_end().lines().collect();
        let width = lines.len().to_string().len();
        for (i, l) in lines.iter().enumerate() {
            let num = self.dim(&format!("{:>width$} |", i + 1));
            if l.is_empty() {
                println!("{num}");
            } else {
                println!("{num} {l}");
            }
        }
    }

    pub fn rule(&self) {
        println!("{}", self.dim(&"-".repeat(60)));
    }
}

impl Default for Ui {
    fn default() -> Self {
        Ui::new()
    }
}

/// splitmix64 (Steele, Lea & Flood 2014): a tiny deterministic generator, enough for shuffling items so
/// that the same `--seed` gives the same items in the same order on every machine.
#[derive(Debug, Clone)]
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// A seed for a session started without `--seed`.
pub fn fresh_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    SplitMix64(nanos ^ u64::from(std::process::id())).next_u64() % 100_000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_order() {
        let mut a: Vec<u32> = (0..20).collect();
        let mut b = a.clone();
        SplitMix64(7).shuffle(&mut a);
        SplitMix64(7).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..20).collect::<Vec<_>>());
        // The reference value of splitmix64 seeded with 0.
        assert_eq!(SplitMix64(0).next_u64(), 0xE220_A839_7B1D_CDAF);
    }
}
