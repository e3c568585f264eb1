// Q15 follow-up, the right half of tests/ui/iterators/use_after_into_iter.rs: `iter()` borrows the
// elements, so `names` is still usable afterwards.
fn main() {
    let names = vec![String::from("ferris"), String::from("corro")];
    let lengths: Vec<usize> = names.iter().map(|n| n.len()).collect();
    println!("{lengths:?}");
    println!("{names:?}");
    assert_eq!(lengths, [6, 5]);
}
