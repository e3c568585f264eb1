// Q5: `Copy` is not "lives on the stack", it is "a bitwise copy is a valid second value". A type with a
// destructor owns something, and two bitwise copies would both run it, so `Copy` and `Drop` exclude each
// other.
#[derive(Clone, Copy)] // E0184: the trait `Copy` cannot be implemented for this type
struct Handle(u32);

impl Drop for Handle {
    fn drop(&mut self) {
        println!("closing handle {}", self.0);
    }
}

fn main() {
    let h = Handle(1);
    let _copy = h;
}
