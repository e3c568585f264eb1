// Q32 follow-up: the classic CString trap. `as_ptr()` borrows the CString, but the CString here is a
// temporary, dropped at the end of the statement: `p` dangles before C ever sees it. rustc warns by
// default (`dangling_pointers_from_temporaries`); this case denies the lint to make it an error.
// The fix: bind the CString to a variable that outlives every use of the pointer.
#![deny(dangling_pointers_from_temporaries)]
use std::ffi::CString;

fn main() {
    let p = CString::new("Ferris").unwrap().as_ptr(); // ❌ this creates a dangling pointer
    let _ = p;
}
