// Q9: `#[non_exhaustive]` on an enum tells other crates that variants may be added later, so their
// `match` must have a wildcard arm even when it lists every variant that exists today. (Inside the
// defining crate the match stays exhaustive, see `a_wildcard_arm_swallows_variants_it_never_names`.)
use basics::enums_match::SettlementStatus;

fn main() {
    let status = SettlementStatus::Settled;
    let text = match status { // E0004: non-exhaustive patterns: `_` not covered
        SettlementStatus::Pending => "pending",
        SettlementStatus::Settled => "settled",
    };
    println!("{text}");
}
