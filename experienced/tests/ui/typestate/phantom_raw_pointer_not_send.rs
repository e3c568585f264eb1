// Q35 follow-up: PhantomData<*const ()> makes ThreadBound !Send, so it cannot move to another thread.
use experienced::typestate::follow_up::ThreadBound;

fn main() {
    let handle = ThreadBound::new("render context");
    std::thread::spawn(move || {
        // `let` moves the whole handle into the closure (a closure that only reads `handle.name`
        // would capture just that `&'static str` field, which is Send).
        let handle = handle; // ❌ `*const ()` cannot be sent between threads safely
        println!("{}", handle.name);
    });
}
