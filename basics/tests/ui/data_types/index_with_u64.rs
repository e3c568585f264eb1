// Q3 follow-up: slices and arrays are indexed by usize only; a u64 index must be converted explicitly.
fn main() {
    let scores: [i32; 5] = [90, 85, 92, 88, 95];
    let i: u64 = 2;
    println!("{}", scores[i]); // E0277: the type `[i32]` cannot be indexed by `u64`
}
