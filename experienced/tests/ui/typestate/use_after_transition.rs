// Q35: a transition consumes the old state, so the old value cannot be used afterwards.
use experienced::typestate::{Article, Draft};

fn main() {
    let mut draft = Article::<Draft>::new("Rust Patterns");
    let review = draft.submit_for_review();
    draft.write("sneaky edit"); // ❌ borrow of moved value: `draft`
    let _ = review;
}
