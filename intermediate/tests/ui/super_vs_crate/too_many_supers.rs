// Q17 follow-up: `super::` is relative to the current module, and the crate root has no parent, so
// `super` cannot be used at the root. `crate::` (absolute) always works.
use super::anything;

fn main() {}
