//! Q13 follow-up: by rule 3 the guide's `highlight(&self) -> &str` borrows the `Excerpt`, not the text,
//! so its result cannot outlive the `Excerpt` even though the text lives on: E0597. `preview(&self) ->
//! &'a str` states the longer lifetime and compiles (see `intermediate::lifetimes::follow_up`).
use intermediate::lifetimes::Excerpt;

fn main() {
    let text = String::from("Call me Ishmael. Some years ago...");
    let preview = {
        let excerpt = Excerpt { text: &text, page: 1 };
        excerpt.highlight()
    };
    println!("{preview}");
}
