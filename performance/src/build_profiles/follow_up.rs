//! Follow-up: what is PGO (profile-guided optimization) and how do you use it with Rust?
//!
//! The compiler guesses which branches are hot, which calls to inline and how to lay code out. PGO
//! replaces the guesses with counts from a real run: build an instrumented binary, run it on a
//! representative workload, merge the counts, and build again with them. It pays most in branchy code
//! whose hot paths depend on the input: interpreters, parsers, compilers (rustc itself ships PGO-built).
//!
//! `bash performance/scripts/pgo.sh` runs the whole procedure on this crate's `pgo` binary, whose
//! `--workload N` mode runs [`run_workload`]: a small bytecode interpreter (a `match` over opcodes in a
//! loop, the textbook PGO case) computing Collatz sequence lengths. `cargo run --bin pgo` prints the
//! steps; the figures below are from one run of the script on this machine:
//!
//! | run of `bash performance/scripts/pgo.sh` (train 300 000, measure 1 000 000, best of 5) | plain release | PGO | speedup |
//! | --- | --- | --- | --- |
//! | load average about 1 | 4095 ms | 3623 ms | 1.13x |
//! | the same two binaries, 3 more runs each | 4120-4254 ms | 3726-3799 ms | 1.10-1.13x |
//! | a later run, recorded in `performance/CLAIMS.md` (row 36) | 4150 ms | 3859 ms | 1.08x |
//! | an earlier run, load average about 9 (other builds), source edited between the builds | 3757 ms | 3802 ms | 0.99x |
//!
//! So about 8-13% on this interpreter when the machine is quiet, and nothing measurable in the noisy run:
//! PGO gains are real but modest, workload-specific, and need a before/after measurement like any other
//! optimization. The training workload must resemble production: a profile teaches the compiler which
//! paths are hot *for that input*.
//!
//! `llvm-profdata` must match rustc's LLVM: it comes with the `llvm-tools` rustup component (in
//! `rust-toolchain.toml`), under `$(rustc --print sysroot)/lib/rustlib/<host>/bin/`; a distribution's
//! `llvm-profdata` is usually older and cannot read the profile format. `cargo pgo` wraps the same steps.

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
