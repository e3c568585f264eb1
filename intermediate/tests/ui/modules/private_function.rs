// Q17: items are private by default; `models::hash` has no `pub`, so only `models` (and its children)
// may call it.
fn main() {
    let _ = intermediate::modules::models::hash("hunter2");
}
