// Q25: calling an async fn without `.await` builds a future and throws it away; its body never runs.
// rustc warns (`unused_must_use`: "futures do nothing unless you `.await` or poll them"); the workspace
// denies that lint, as this case does.
#![deny(unused_must_use)]
use std::sync::atomic::AtomicUsize;

fn main() {
    let calls = AtomicUsize::new(0);
    advanced::async_await::count_call(&calls); // ❌ never runs
}
