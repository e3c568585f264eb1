//! Q17: enum variants (and their fields) always have the visibility of their enum; there is no private
//! variant, so a `pub` on one is E0449 "visibility qualifiers are not permitted here". To hide variants,
//! wrap the enum in a struct with a private field.
pub enum Status {
    pub Active,
    Closed,
}

fn main() {
    let _ = Status::Closed;
}
