//! Q11: the orphan rule. Neither `Display` nor `Vec<u8>` is defined in this crate, so this `impl` is
//! rejected (E0117). The fix is a newtype: `intermediate::traits::HexBytes`.
use std::fmt;

impl fmt::Display for Vec<u8> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} bytes", self.len())
    }
}

fn main() {}
