// Q35: `read` exists only on Article<Published>.
use experienced::typestate::{Article, Draft};

fn main() {
    let mut article = Article::<Draft>::new("Rust Patterns");
    article.write("Typestate makes invalid states unrepresentable.");
    let _ = article.read(); // ❌ no method named `read` found for struct `Article<Draft>`
}
