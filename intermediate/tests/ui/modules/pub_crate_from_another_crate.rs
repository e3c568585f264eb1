// Q17: `pub(crate)` items are visible in all of `intermediate` (its `services` module calls
// `audit_label`), but not to another crate such as this test.
use intermediate::modules::{User, models};

fn main() {
    let user = User::new("Alice", "alice@example.com", "hunter2");
    let _ = models::audit_label(&user);
}
