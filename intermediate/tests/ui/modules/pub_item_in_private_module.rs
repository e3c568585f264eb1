//! Q17: `next_id` is `pub`, but it lives in the private module `modules::ids`, so its path is closed to
//! other crates: E0603, "module `ids` is private". The re-export `intermediate::modules::next_id` is the
//! way in.
fn main() {
    println!("{}", intermediate::modules::ids::next_id());
}
