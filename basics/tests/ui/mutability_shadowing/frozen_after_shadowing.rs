// Q2 follow-up: `let tags = tags;` freezes a vector that was built with `let mut`.
fn main() {
    let mut tags = vec!["rust"];
    tags.push("go");
    let tags = tags; // shadowed by an immutable binding
    tags.push("c++"); // E0596: cannot borrow `tags` as mutable
    println!("{tags:?}");
}
