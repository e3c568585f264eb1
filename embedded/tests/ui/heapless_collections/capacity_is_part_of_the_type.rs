// A heapless collection's capacity is a const generic: `Vec<u8, 8>` and `Vec<u8, 4>` are different
// types, so a buffer cannot silently shrink or grow.
fn keep_four(_readings: heapless::Vec<u8, 4>) {}

fn main() {
    let readings: heapless::Vec<u8, 8> = heapless::Vec::new();
    keep_four(readings);
}
