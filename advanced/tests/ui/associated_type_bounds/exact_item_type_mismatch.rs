// Q23 follow-up: `where I: Iterator<Item = u32>` fixes the associated type exactly. An iterator of `u64`
// does not satisfy it: E0271, a type mismatch resolving `Item == u32` (not the E0277 of a missing bound).
use advanced::associated_types::follow_up::sum_u32;

fn main() {
    let total = sum_u32([1_u64, 2, 3].into_iter()); // ❌ E0271
    println!("{total}");
}
