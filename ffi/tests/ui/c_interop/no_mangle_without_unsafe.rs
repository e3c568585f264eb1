// The guide's `#[no_mangle]`. Since edition 2024 it must be `#[unsafe(no_mangle)]`: an unmangled
// symbol can collide with another one of the same name at link time.
#[no_mangle]
pub extern "C" fn rust_distance_from_origin(x: f64, y: f64) -> f64 {
    (x * x + y * y).sqrt()
}

fn main() {}
