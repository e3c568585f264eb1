// Q35: a newtype per unit: feet are not meters until converted with `Meters::from`.
use experienced::typestate::{runway_ok, Feet};

fn main() {
    let _ = runway_ok(Feet(9_000.0)); // ❌ expected `Meters`, found `Feet`
}
