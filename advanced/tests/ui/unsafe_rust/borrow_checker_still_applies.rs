// Q21: the safe API's signature still constrains its callers: the two halves that `split_at_mut` returns
// borrow `data` mutably, so `data` cannot be used while they are alive (whatever the body does inside).
use advanced::unsafe_rust::split_at_mut;

fn main() {
    let mut data = vec![1, 2, 3, 4, 5];
    let (left, right) = split_at_mut(&mut data, 3);
    data.push(6); // E0499: `data` is still mutably borrowed by `left` and `right`
    left[0] = 99;
    println!("{left:?} {right:?}");
}
