// Q32, the right half of tests/ui/c_interop/no_mangle_without_unsafe.rs: edition 2024 spells it
// `#[unsafe(no_mangle)]`, the author's promise that the symbol name is unique.
#[unsafe(no_mangle)]
pub extern "C" fn rust_distance_from_origin(x: f64, y: f64) -> f64 {
    (x * x + y * y).sqrt()
}

fn main() {
    println!("{}", rust_distance_from_origin(3.0, 4.0));
    assert_eq!(rust_distance_from_origin(3.0, 4.0), 5.0);
}
