// Q3 follow-up, the right half of tests/ui/data_types/index_with_u64.rs: convert the u64 to usize
// explicitly (checked: a u64 may not fit in usize on a 32-bit target).
fn main() {
    let scores: [i32; 5] = [90, 85, 92, 88, 95];
    let i: u64 = 2;
    let index = usize::try_from(i).expect("index fits in usize");
    println!("{}", scores[index]);
    assert_eq!(scores[index], 92);
}
