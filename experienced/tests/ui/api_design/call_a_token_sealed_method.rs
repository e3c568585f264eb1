// Q29 follow-up: `Exporter` is an open trait, so this crate may implement it, but its `header` method
// takes a `private::Token`. Outside `experienced` that type cannot be named, so the method can be
// neither called nor overridden.
use experienced::api_design::follow_up::Exporter;

struct Json;

impl Exporter for Json {
    fn format(&self) -> &'static str {
        "json"
    }
}

fn main() {
    let token = experienced::api_design::follow_up::private::Token; // ❌ module `private` is private
    let _ = Json.header(token);
}
