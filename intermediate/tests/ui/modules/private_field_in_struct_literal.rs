// Q17's common mistake: `User` is `pub`, but `password_hash` is not, so code outside `models` cannot
// build a `User` with a struct literal. The fix is the constructor: `User::new(name, email, password)`.
use intermediate::modules::User;

fn main() {
    let _user = User {
        name: "Alice".to_string(),
        email: "alice@example.com".to_string(),
        password_hash: "hashed_hunter2".to_string(),
    };
}
