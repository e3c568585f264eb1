// Q34: the guide's proptest strategy as written: `\.` is not a valid escape in a normal string
// literal. A raw string, r"[a-z]{1,5}\.[a-z]{2,3}", is what the regex needs.
fn main() {
    let _domain = "[a-z]{1,5}\.[a-z]{2,3}"; // ❌ unknown character escape: `.`
}
