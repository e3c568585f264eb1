// Q32, the right half of tests/ui/c_interop/cstring_is_not_a_str.rs: reach the text through the
// checked conversion `to_str`, which fails on bytes that are not UTF-8.
use std::ffi::CStr;

fn takes_text(s: &str) -> usize {
    s.len()
}

fn main() {
    let c: &CStr = c"hello";
    let n = takes_text(c.to_str().expect("UTF-8"));
    println!("{n}");
    assert_eq!(n, 5);
}
