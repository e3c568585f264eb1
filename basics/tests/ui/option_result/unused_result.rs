// Q10: "you can never forget to handle a failure" has one hole. A `Result` left unused is the
// `unused_must_use` lint (a warning by default, denied in this workspace, denied here too), but
// `let _ = ...` discards it on purpose and nothing is reported: only line 9 is an error.
#![deny(unused_must_use)]

use basics::option_result::follow_up::parse_age;

fn main() {
    parse_age("abc"); // error: unused `Result` that must be used
    let _ = parse_age("abc"); // silently thrown away, error and all
}
