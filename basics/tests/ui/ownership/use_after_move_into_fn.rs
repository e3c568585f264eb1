// Q5: passing a String by value moves it into the function.
use basics::ownership::{consume_string, create_greeting};

fn main() {
    let greeting = create_greeting("Rust");
    consume_string(greeting);
    println!("{}", greeting); // E0382: borrow of moved value
}
