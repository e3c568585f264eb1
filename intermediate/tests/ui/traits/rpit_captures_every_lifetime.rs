//! Q11 follow-up: in edition 2024 a returned `impl Trait` captures every lifetime in scope, so the
//! closure returned by `total_len` counts as borrowing `names`, and `names` cannot be dropped while it
//! lives (E0505). `+ use<>` says it captures nothing: `intermediate::traits::follow_up::total_len`.
fn total_len(names: &[String]) -> impl Fn() -> usize {
    let total: usize = names.iter().map(String::len).sum();
    move || total
}

fn main() {
    let names = vec!["Ann".to_string(), "Bob".to_string()];
    let total = total_len(&names);
    drop(names);
    println!("{}", total());
}
