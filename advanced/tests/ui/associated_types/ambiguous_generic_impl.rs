// Q23: with a generic parameter a type can have several impls (Convertible<f64> and Convertible<String>),
// so the call site must say which one it wants. Without a type annotation it is ambiguous (E0283).
use advanced::associated_types::{Convertible, Temperature};

fn main() {
    let temp = Temperature(100.0);
    let unknown = temp.convert();
    println!("{}", unknown);
}
