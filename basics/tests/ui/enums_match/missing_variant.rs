// Q9, the guide's story: a settlement function that forgot a variant does not compile.
use basics::enums_match::PaymentMethod;

fn settlement_days(method: &PaymentMethod) -> u32 {
    match method {
        // E0004: non-exhaustive patterns: `&PaymentMethod::Wallet { .. }` not covered
        PaymentMethod::Cash => 0,
        PaymentMethod::Card { .. } => 2,
        PaymentMethod::UPI(_) => 0,
    }
}

fn main() {
    println!("{}", settlement_days(&PaymentMethod::Cash));
}
