//! Q13 follow-up: two reference inputs and no `self`, so neither rule 2 nor rule 3 applies and the
//! output lifetime is left undecided: E0106, even though the body only ever returns `haystack`.
fn find_in(haystack: &str, needle: &str) -> &str {
    match haystack.find(needle) {
        Some(i) => &haystack[i..],
        None => "",
    }
}

fn main() {
    println!("{}", find_in("lifetimes", "time"));
}
