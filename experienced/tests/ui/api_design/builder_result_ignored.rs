// Q29: the builder's methods take `self` and return the updated builder, so a call whose result is
// dropped changes nothing. `#[must_use]` turns that into a warning; this case denies it.
#![deny(unused_must_use)]
use experienced::api_design::ServerConfigBuilder;

fn main() {
    let builder = ServerConfigBuilder::new("0.0.0.0");
    builder.clone().port(443); // ❌ unused return value that must be used
    let _ = builder.build();
}
