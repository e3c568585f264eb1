// Q29 follow-up: `Shape` is sealed — public, usable as a bound, but its supertrait lives in a private
// module of `experienced`, so no other crate can implement it.
use experienced::api_design::follow_up::Shape;

struct Triangle;

impl Shape for Triangle {
    // ❌ the trait bound `Triangle: Sealed` is not satisfied
    fn name(&self) -> &'static str {
        "triangle"
    }
    fn area(&self) -> f64 {
        0.0
    }
    fn corners(&self) -> u32 {
        3
    }
}

fn main() {}
