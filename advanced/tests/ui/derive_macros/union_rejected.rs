// Q27 follow-up: a derive macro can refuse input with its own error (syn::Error -> compile_error!),
// pointed at the offending tokens. A union's active field is unknown, so MiniDebug rejects unions.
use advanced_derive::MiniDebug;

#[derive(MiniDebug)]
union Bits { // ❌ MiniDebug cannot be derived for unions
    int: u32,
    float: f32,
}

fn main() {}
