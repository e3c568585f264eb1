// Q35: a draft must go through review; there is no Draft -> Published transition.
use experienced::typestate::{Article, Draft};

fn main() {
    let article = Article::<Draft>::new("Rust Patterns");
    let _ = article.approve(); // ❌ no method named `approve` found for struct `Article<Draft>`
}
