// Q29: two IDs that are both a u64 inside are different types; mixing them up does not compile.
use experienced::api_design::{get_user, OrderId};

fn main() {
    let order = OrderId::new(42);
    let _ = get_user(order); // ❌ expected `UserId`, found `OrderId`
}
