// Q24 follow-up: polling the same !Unpin future by reference in a select! loop. `&mut sleep` is a
// future only if `Sleep: Unpin`, and it is not (E0277); `tokio::pin!(sleep);` first fixes it.
use std::time::Duration;

async fn ticks() {
    let mut sleep = tokio::time::sleep(Duration::from_millis(350));
    loop {
        tokio::select! {
            () = &mut sleep => break,
            () = tokio::time::sleep(Duration::from_millis(100)) => {}
        }
    }
}

fn main() {
    drop(ticks());
}
