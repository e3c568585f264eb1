// Q35: builder + typestate: `build` exists only after `url` was set.
use experienced::typestate::RequestBuilder;

fn main() {
    let _ = RequestBuilder::new().retries(3).build(); // ❌ no method named `build` for `RequestBuilder<NoUrl>`
}
