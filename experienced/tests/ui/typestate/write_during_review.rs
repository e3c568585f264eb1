// Q35: `write` exists only on Article<Draft>; a review must be rejected before it can be edited.
use experienced::typestate::{Article, Draft};

fn main() {
    let article = Article::<Draft>::new("Rust Patterns");
    let mut article = article.submit_for_review();
    article.write("more"); // ❌ no method named `write` found for struct `Article<Review>`
}
