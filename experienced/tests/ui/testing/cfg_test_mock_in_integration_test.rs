// Q34 follow-up: `Clock` is mocked with `#[cfg_attr(test, automock)]`. An integration test (or any
// other crate) links the library built without `cfg(test)`, so `MockClock` does not exist there; an
// unconditional `#[automock]` (like `Mailer`'s) or `mock!` in the test itself is needed instead.
use experienced::testing::follow_up::MockClock; // ❌ no `MockClock` in `testing::follow_up`

fn main() {
    let _ = MockClock::new();
}
