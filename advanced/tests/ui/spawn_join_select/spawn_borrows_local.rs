// Q25 follow-up: `tokio::spawn` needs a `'static` future, because the task may outlive the caller.
// `join!` would accept the same borrowing future (see `join_borrowing`).
async fn count_words() -> usize {
    let words = vec!["spawn", "needs", "static"];
    let handle = tokio::spawn(async { words.len() }); // ❌ borrows `words`
    handle.await.unwrap()
}

fn main() {
    drop(count_words());
}
