//! Q13 follow-up: by rule 3, `Excerpt::label(&self, prefix: &str) -> &str` returns something borrowed
//! from `self` — whatever the body does. So the label cannot outlive the `Excerpt`, even though the
//! text and the prefix are both still alive here: E0597.
use intermediate::lifetimes::Excerpt;

fn main() {
    let text = String::from("Call me Ishmael.");
    let prefix = String::from("p.");
    let label = {
        let excerpt = Excerpt { text: &text, page: 1 };
        excerpt.label(&prefix)
    };
    println!("{label}");
}
