//! Q13 follow-up: rule 3 gives the output of `label(&self, prefix: &str) -> &str` the lifetime of
//! `self`, so a body returning `prefix` does not match the signature: "lifetime may not live long
//! enough" (a borrow-check error without an error code).
struct Excerpt<'a> {
    text: &'a str,
}

impl<'a> Excerpt<'a> {
    fn label(&self, prefix: &str) -> &str {
        if prefix.is_empty() { self.text } else { prefix }
    }
}

fn main() {
    let e = Excerpt { text: "Call me Ishmael." };
    println!("{}", e.label("p."));
}
