//! **Q40 follow-up · Profile-guided optimization.** PGO replaces the compiler's guesses about hot
//! branches, inlining and code layout with counts from a real run: build an instrumented binary, run it
//! on a representative workload, merge the counts with `llvm-profdata`, and build again with them.
//!
//! - The procedure is four commands and a comparison; `scripts/pgo.sh` runs them on this crate's `pgo`
//!   binary, a bytecode interpreter (the textbook PGO case). Proof: `bash performance/scripts/pgo.sh`
//! - The gain is real but modest here, about a tenth (CLAIMS.md row 36), and needs a before/after
//!   measurement like any optimization. Proof: `bash performance/scripts/pgo.sh`
//! - The interpreter computes what the direct code computes, so the two builds can be compared on the
//!   same result. Proof: `cargo test -p performance --lib build_profiles::follow_up::tests::the_interpreter`
//!
//! # Run it
//! `cargo run --bin pgo` prints the steps and checks the workload on a small input; the script does the
//! builds and the timing (several minutes).
//!
//! # Differences from the guide
//! None (the guide only asks the question).
//!
//! # More to explore
//! - Training data must resemble production: a profile teaches the compiler which paths are hot *for that
//!   input*. On a loaded machine one run showed no gain at all, so measure more than once.
//! - `llvm-profdata` must match rustc's LLVM: take it from the `llvm-tools` rustup component (in
//!   `rust-toolchain.toml`), under `$(rustc --print sysroot)/lib/rustlib/<host>/bin/`. Building with
//!   `--target` keeps `RUSTFLAGS` away from build scripts and proc macros.
//! - rustc itself ships PGO-built; `cargo pgo` wraps the same steps, and BOLT goes one step further with
//!   a post-link layout pass.

pub fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, n] = args.as_slice()
        && flag == "--workload"
    {
        match n.parse::<u64>() {
            Ok(n) if n >= 1 => {
                let start = std::time::Instant::now();
                let total = run_workload(n);
                println!("{total} {}", start.elapsed().as_nanos());
            }
            _ => {
                eprintln!("error: --workload takes a positive number, got {n:?}");
                std::process::exit(2);
            }
        }
        return;
    }

    println!("PGO in five steps (bash performance/scripts/pgo.sh runs them all):");
    for step in STEPS {
        println!("  {step}");
    }
    let program = collatz_program();
    println!(
        "workload: a {}-instruction bytecode interpreter; total Collatz steps of 1..=1000 = {}",
        program.len(),
        run_workload(1000)
    );
    println!("timing mode: pgo --workload N prints \"<total steps> <nanoseconds>\"");
}

/// The steps `scripts/pgo.sh` performs, as printed by the binary.
pub const STEPS: [&str; 5] = [
    "1. instrumented build: RUSTFLAGS=\"-Cprofile-generate=/tmp/pgo-data\" cargo build --release --target x86_64-unknown-linux-gnu --bin pgo",
    "2. training run:       target/x86_64-unknown-linux-gnu/release/pgo --workload 300000   (writes /tmp/pgo-data/*.profraw)",
    "3. merge the profile:  $(rustc --print sysroot)/lib/rustlib/x86_64-unknown-linux-gnu/bin/llvm-profdata merge -o /tmp/pgo-data/merged.profdata /tmp/pgo-data",
    "4. optimized build:    RUSTFLAGS=\"-Cprofile-use=/tmp/pgo-data/merged.profdata\" cargo build --release --target x86_64-unknown-linux-gnu --bin pgo",
    "5. compare:            time the plain release binary and the PGO binary on the same workload",
];

/// The interpreter's instructions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Push a constant.
    Push(u64),
    /// Pop b, pop a, push a + b.
    Add,
    /// Pop b, pop a, push a * b.
    Mul,
    /// Pop b, pop a, push a / b.
    Div,
    /// Pop b, pop a, push a % b.
    Rem,
    /// Pop a; jump to the target if a == 0.
    JumpIfZero(usize),
    /// Jump to the target.
    Jump(usize),
    /// Store the top of the stack in a register (pops it).
    Store(usize),
    /// Push a register.
    Load(usize),
    /// Stop.
    Halt,
}

/// Bytecode that counts the Collatz steps from register 0 down to 1, leaving the count in register 1.
pub fn collatz_program() -> Vec<Op> {
    use Op::*;
    vec![
        Push(0),        // 0
        Store(1),       // 1: steps = 0
        Load(0),        // 2: loop
        Push(u64::MAX), // 3: n + (2^64 - 1) wraps to n - 1, zero exactly when n == 1
        Add,            // 4
        JumpIfZero(25), // 5: n == 1 -> end
        Load(0),        // 6
        Push(2),        // 7
        Rem,            // 8
        JumpIfZero(16), // 9: even -> 16
        Load(0),        // 10: odd: 3n + 1
        Push(3),        // 11
        Mul,            // 12
        Push(1),        // 13
        Add,            // 14
        Jump(19),       // 15
        Load(0),        // 16: even: n / 2
        Push(2),        // 17
        Div,            // 18
        Store(0),       // 19: n = new value
        Load(1),        // 20: steps += 1
        Push(1),        // 21
        Add,            // 22
        Store(1),       // 23
        Jump(2),        // 24
        Halt,           // 25: end
    ]
}

/// Runs `program` with register 0 set to `input`; returns register 1.
pub fn interpret(program: &[Op], input: u64) -> u64 {
    let mut stack: Vec<u64> = Vec::with_capacity(16);
    let mut regs = [input, 0, 0, 0];
    let mut pc = 0;
    loop {
        let op = program[pc];
        pc += 1;
        match op {
            Op::Push(v) => stack.push(v),
            Op::Add | Op::Mul | Op::Div | Op::Rem => {
                let b = stack.pop().expect("stack underflow");
                let a = stack.pop().expect("stack underflow");
                stack.push(match op {
                    Op::Add => a.wrapping_add(b),
                    Op::Mul => a.wrapping_mul(b),
                    Op::Div => a / b,
                    _ => a % b,
                });
            }
            Op::JumpIfZero(target) => {
                if stack.pop().expect("stack underflow") == 0 {
                    pc = target;
                }
            }
            Op::Jump(target) => pc = target,
            Op::Store(r) => regs[r] = stack.pop().expect("stack underflow"),
            Op::Load(r) => stack.push(regs[r]),
            Op::Halt => return regs[1],
        }
    }
}

/// Collatz steps, computed directly, to check the interpreter.
pub fn collatz_steps(mut n: u64) -> u64 {
    let mut steps = 0;
    while n != 1 {
        n = if n.is_multiple_of(2) {
            n / 2
        } else {
            3 * n + 1
        };
        steps += 1;
    }
    steps
}

/// The PGO workload: total Collatz steps of 1..=n, through the interpreter.
pub fn run_workload(n: u64) -> u64 {
    let program = collatz_program();
    (1..=n).map(|i| interpret(&program, i)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_interpreter_agrees_with_direct_collatz() {
        let program = collatz_program();
        for n in 1..=2000 {
            assert_eq!(interpret(&program, n), collatz_steps(n), "n = {n}");
        }
        assert_eq!(collatz_steps(27), 111);
    }
}
