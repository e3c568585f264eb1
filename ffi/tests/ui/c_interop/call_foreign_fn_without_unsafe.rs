// A foreign function declared without `safe` (here C's `pow`) can only be called inside `unsafe`:
// the compiler cannot check what C code does.
use ffi::c_interop::pow;

fn main() {
    let x = pow(2.0, 10.0);
    println!("{x}");
}
