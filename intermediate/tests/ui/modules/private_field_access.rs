// Q17: a private field cannot be read outside its module, even through a public struct.
// The fix: a method the module chooses to offer, here `user.check_password("...")`.
use intermediate::modules::User;

fn main() {
    let user = User::new("Alice", "alice@example.com", "hunter2");
    println!("{}", user.password_hash);
}
