//! Q14: the guide's ❌ line. `move` moved `name` into the closure, so it is gone from `main`: E0382.
fn main() {
    let name = String::from("Alice");
    let greet = move || {
        println!("Hello, {}!", name);
    };
    greet();
    println!("{}", name);
}
