//! Q38 main example: `cargo run --release --bin rayon_parallelism`. The code is in `performance/src/rayon_parallelism.rs`.
fn main() {
    performance::rayon_parallelism::main();
}
