// Q27 follow-up: a derive writes code first and the compiler checks it afterwards. MiniDebug (like
// #[derive(Debug)]) formats every field, so a field whose type is not Debug fails in the generated impl.
use advanced_derive::MiniDebug;

struct Secret(u64);

#[derive(MiniDebug)]
struct Account {
    owner: String,
    key: Secret, // ❌ E0277: Secret is not Debug
}

fn main() {
    let _ = Account { owner: String::new(), key: Secret(0) };
}
