// Q21 follow-up: calling an `unsafe fn` outside an `unsafe` block. The caller has to take
// responsibility for the function's `# Safety` contract, explicitly.
use advanced::unsafe_rust::follow_up::get_unchecked_i32;

fn main() {
    let data = [10, 20, 30];
    let second = get_unchecked_i32(&data, 1); // E0133: call to unsafe function requires unsafe block
    println!("{second}");
}
