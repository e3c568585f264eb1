//! **Q9 · Enums and `match`.** A Rust enum is an algebraic data type, a tagged union whose variants each
//! carry their own data, and `match` must handle every variant: the compiler checks it.
//!
//! - Variants can hold nothing (`Cash`), named fields (`Card`) or a tuple (`UPI`); a C enum is only the
//!   first kind (`Network as u8`). Proof: `cargo test -p basics --lib enums_match::tests::c_like_discriminants`
//! - A `match` that forgets a variant is E0004, which is the guide's settlement story. Proof: `cargo test -p basics --test compile_fail`
//! - Arms are tried top to bottom, and a guard (`if *balance >= amount`) lets two arms share a variant. Proof: `cargo test -p basics --lib enums_match::tests::every_arm_including_both_wallet_arms`
//! - A `_ =>` arm switches the check off: a new variant falls into it silently. Proof: `cargo test -p basics --lib enums_match::tests::a_wildcard_arm_swallows_variants_it_never_names`
//!
//! # Run it
//! `cargo run --bin enums_match`: the guide's line, then one payment per arm (both `Wallet` arms), the
//! C-like enum and the enum's size.
//!
//! # Differences from the guide
//! - One payment per arm, not only the card: [ERRATA.md, Q9](../../ERRATA.md#q9).
//! - The follow-up's truncated title is completed: [ERRATA.md, Q9](../../ERRATA.md#q9).
//!
//! # More to explore
//! - `*balance`: matching on a `&PaymentMethod` binds fields by reference (match ergonomics).
//! - `#[non_exhaustive]` makes other crates add `_` even when they list every variant
//!   (`tests/ui/enums_match/non_exhaustive_from_another_crate.rs`, E0004).
//! - `PaymentMethod` is as big as `Card`'s two `String`s: the tag sits in a niche, a capacity no `String`
//!   can have (test `the_tag_hides_in_a_niche_of_the_largest_variant`).
//!
//! # Follow-up
//! What is `Option<T>` and how does it replace null? [`follow_up`], `cargo run --bin option_vs_null`.

pub mod follow_up;

/// The guide's example, extended to reach every arm.
pub fn main() {
    let card = PaymentMethod::Card {
        last_four: "4242".into(),
        network: "Visa".into(),
    };
    process_payment(&card, 999.0);
    // Output: Charging ₹999.00 to Visa card ending 4242

    // The arms the guide's main never reaches.
    process_payment(&PaymentMethod::Cash, 250.0);
    process_payment(&PaymentMethod::UPI("priya@okbank".into()), 1200.0);
    let wallet = PaymentMethod::Wallet {
        provider: "Paytm".into(),
        balance: 500.0,
    };
    process_payment(&wallet, 300.0); // guard true: 500 >= 300
    process_payment(&wallet, 800.0); // guard false: falls through to the last arm

    // C enums are only this: named integers.
    println!(
        "C-like enum: {:?} = {}, {:?} = {}, {:?} = {}",
        Network::Visa,
        Network::Visa as u8,
        Network::Mastercard,
        Network::Mastercard as u8,
        Network::RuPay,
        Network::RuPay as u8
    );
    // No room is added for the tag: it is stored in a niche, a value that a `String`'s capacity can
    // never have, so the enum is exactly as big as its largest variant.
    println!(
        "size_of::<PaymentMethod>() = {} bytes, the size of Card's two Strings ({} bytes): the tag takes no extra space",
        std::mem::size_of::<PaymentMethod>(),
        std::mem::size_of::<[String; 2]>()
    );
}

/// The guide's enum: variants with no data, named fields, and a tuple field.
// `UPI` is the guide's spelling (clippy would prefer `Upi`); kept so the code reads like the guide.
#[allow(clippy::upper_case_acronyms)]
#[derive(Debug, Clone, PartialEq)]
pub enum PaymentMethod {
    Cash,
    Card { last_four: String, network: String },
    UPI(String), // tuple variant
    Wallet { provider: String, balance: f64 },
}

/// The message for paying `amount` with `method` (what [`process_payment`] prints), so tests can check
/// each arm.
pub fn payment_message(method: &PaymentMethod, amount: f64) -> String {
    match method {
        PaymentMethod::Cash => format!("Cash payment of ₹{:.2}", amount),
        PaymentMethod::Card { last_four, network } => {
            format!(
                "Charging ₹{:.2} to {} card ending {}",
                amount, network, last_four
            )
        }
        PaymentMethod::UPI(vpa) => format!("UPI request sent to {} for ₹{:.2}", vpa, amount),
        // A guard: this arm only matches when the wallet can cover the amount. Matching on `&PaymentMethod`
        // binds the fields by reference (match ergonomics), so `balance` is a `&f64`: hence `*balance`.
        PaymentMethod::Wallet { provider, balance } if *balance >= amount => {
            format!("Paying ₹{:.2} from {} wallet", amount, provider)
        }
        // Reached only when the guard above was false; `..` ignores the balance.
        PaymentMethod::Wallet { provider, .. } => {
            format!("Insufficient {} wallet balance!", provider)
        }
    }
}

/// The guide's function: prints the message for the arm that matched.
pub fn process_payment(method: &PaymentMethod, amount: f64) {
    println!("{}", payment_message(method, amount));
}

/// A C-like enum: no data, explicit discriminants, convertible with `as`. This is all a C enum can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Network {
    Visa = 1,
    Mastercard = 2,
    RuPay = 3,
}

/// A settlement rule written with a wildcard arm. It compiles without naming `UPI` or `Wallet`, so a new
/// variant added tomorrow would also land in `_` silently: the exhaustiveness check only helps where no
/// `_` arm exists. List the variants instead (or `#[deny(clippy::wildcard_enum_match_arm)]`).
pub fn settlement_fee_percent(method: &PaymentMethod) -> f64 {
    match method {
        PaymentMethod::Cash => 0.0,
        PaymentMethod::Card { .. } => 1.8,
        _ => 0.0, // UPI and Wallet, and any variant added later
    }
}

/// An enum other crates must not match exhaustively: `#[non_exhaustive]` reserves the right to add
/// variants, so a `match` outside this crate needs a `_` arm even if it lists them all (E0004,
/// `tests/ui/enums_match/non_exhaustive_from_another_crate.rs`).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettlementStatus {
    Pending,
    Settled,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_arm_including_both_wallet_arms() {
        let wallet = PaymentMethod::Wallet {
            provider: "Paytm".into(),
            balance: 500.0,
        };
        let card = PaymentMethod::Card {
            last_four: "4242".into(),
            network: "Visa".into(),
        };
        let cases = [
            (&PaymentMethod::Cash, 250.0, "Cash payment of ₹250.00"),
            (&card, 999.0, "Charging ₹999.00 to Visa card ending 4242"),
            (
                &PaymentMethod::UPI("a@b".into()),
                1.0,
                "UPI request sent to a@b for ₹1.00",
            ),
            (&wallet, 300.0, "Paying ₹300.00 from Paytm wallet"),
            (&wallet, 500.0, "Paying ₹500.00 from Paytm wallet"), // guard boundary: >=
            (&wallet, 500.01, "Insufficient Paytm wallet balance!"),
        ];
        for (method, amount, expected) in cases {
            assert_eq!(payment_message(method, amount), expected);
        }
    }

    #[test]
    fn the_tag_hides_in_a_niche_of_the_largest_variant() {
        // Card holds two `String`s; the discriminant uses capacities no `String` can have.
        assert_eq!(
            std::mem::size_of::<PaymentMethod>(),
            std::mem::size_of::<[String; 2]>()
        );
    }

    #[test]
    fn c_like_discriminants() {
        assert_eq!(Network::Visa as u8, 1);
        assert_eq!(Network::RuPay as u8, 3);
    }

    #[test]
    fn a_wildcard_arm_swallows_variants_it_never_names() {
        let wallet = PaymentMethod::Wallet {
            provider: "Paytm".into(),
            balance: 500.0,
        };
        // No arm names `Wallet`, yet this compiled: the `_` took it, with a fee nobody decided on.
        assert_eq!(settlement_fee_percent(&wallet), 0.0);
        assert_eq!(
            settlement_fee_percent(&PaymentMethod::UPI("a@b".into())),
            0.0
        );
        // Inside the defining crate a `#[non_exhaustive]` enum is still matched exhaustively.
        let status = SettlementStatus::Pending;
        let text = match status {
            SettlementStatus::Pending => "pending",
            SettlementStatus::Settled => "settled",
        };
        assert_eq!(text, "pending");
    }
}
