//! Q17: "a child module can see its parent's private items, but not vice versa". Here the parent
//! `models` calls a private function of its child `hashing`: E0603, the function is private. (The
//! other direction, a child using its parent's private `hash`, is the test
//! `intermediate::modules::models::tests::a_child_module_sees_its_parents_private_items`.)
mod models {
    mod hashing {
        fn hash(input: &str) -> String {
            format!("hashed_{input}")
        }
    }

    pub fn register(password: &str) -> String {
        hashing::hash(password)
    }
}

fn main() {
    println!("{}", models::register("pw"));
}
