//! Q13: `T: 'static` means the value holds no borrow shorter than the whole program. An owned `String`
//! satisfies it (see `intermediate::lifetimes::keep_forever`); a borrow of a local `String` does not:
//! E0597, the local "does not live long enough" for the `'static` the bound requires.
use intermediate::lifetimes::keep_forever;

fn main() {
    let name = String::from("Alice");
    println!("{}", keep_forever(&name));
}
