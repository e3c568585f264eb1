// Q23 follow-up: `join_all` requires `I::Item: Display` in its where clause. An iterator of a type
// without Display does not meet that bound (E0277).
use advanced::associated_types::follow_up::join_all;

struct Point {
    x: i32,
}

fn main() {
    let points = vec![Point { x: 1 }, Point { x: 2 }];
    println!("{}", join_all(points, ", "));
}
