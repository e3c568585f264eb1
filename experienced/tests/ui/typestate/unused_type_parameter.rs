// Q35 follow-up: without a PhantomData field, a type parameter that no field uses is rejected.
#[allow(dead_code)]
struct Article<State> {
    // ❌ parameter `State` is never used
    title: String,
    content: String,
}

fn main() {}
