// Q22 follow-up: an `async fn` (or `-> impl Trait`) method makes a trait not dyn compatible (E0038):
// each implementor returns its own future type, of its own size, and a vtable entry needs one signature.
// Fix: return `Pin<Box<dyn Future<Output = ..>>>` by hand (what the `async-trait` crate writes), or keep
// the trait generic-only.
trait Loader {
    async fn load(&self) -> String;
}

fn print(loader: &dyn Loader) {
    let _ = loader;
}

fn main() {}
