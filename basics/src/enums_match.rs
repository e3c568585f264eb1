//! Q9 — Enums are algebraic data types: each variant can carry its own data, and `match` must handle every
//! variant (exhaustiveness is checked by the compiler).
//!
//! Run `cargo run --bin enums_match`. The first line, `Charging ₹999.00 to Visa card ending 4242`, is the
//! guide's output. The guide's `main` only pays by card, so four of its five match arms never run; here
//! [`main`] pays once per arm: cash, card, UPI, a wallet with enough balance (the arm with the guard
//! `if *balance >= amount`) and a wallet without (the guard fails, so the next arm matches). Arms are tried
//! top to bottom; the guard is why the two `Wallet` arms can both exist. The last line shows that the
//! enum is no bigger than its largest variant (`Card`, two `String`s, 48 bytes on a 64-bit target): the
//! tag is stored in a niche, a capacity value no `String` can have (asserted by
//! `the_tag_hides_in_a_niche_of_the_largest_variant`).
//!
//! The guide's story, a new variant the settlement code forgot to handle, is the compile-fail case
//! `tests/ui/enums_match/missing_variant.rs`: a `match` without the `Wallet` arm is E0004
//! (non-exhaustive patterns). The guide's mistake, treating Rust enums like C enums, gets both halves here:
//! a C-like enum with explicit discriminants ([`Network`], `as u8` works) and variants carrying different
//! data ([`PaymentMethod`]).
//!
//! Follow-up (the guide prints it damaged as "What is Option"; it is "What is `Option<T>` and how does it
//! replace null?"): [`follow_up`], `cargo run --bin option_vs_null`.

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
        // A guard: this arm only matches when the wallet can cover the amount.
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

/// Follow-up: what is `Option<T>`, and how does it replace null?
///
/// `Option<T>` is an ordinary enum, `Some(T)` or `None`. Where other languages let any reference be null,
/// in Rust a value that may be absent has a different *type* (`Option<String>`, not `String`), so:
///
/// - you cannot use it as if it were there: `let s: String = maybe_name;` is E0308
///   (`tests/ui/enums_match/option_is_not_the_value.rs`), and `maybe_name.to_uppercase()` is E0599
///   (`option_has_no_string_methods.rs`);
/// - a `match` must handle `None` (E0004, `option_match_missing_none.rs`);
/// - values that are never absent are plain `T`: no null checks anywhere else.
///
/// It costs nothing where null would have been free: `Option<&T>`, `Option<Box<T>>` and
/// `Option<NonZeroU32>` have the size of the bare type, because the compiler stores `None` in the bit
/// pattern the type can never hold (the null pointer, zero). `Option<u32>` needs a separate tag (8 bytes
/// instead of 4). `cargo run --bin option_vs_null` prints these sizes; the tests assert them.
pub mod follow_up {
    use std::mem::size_of;
    use std::num::NonZeroU32;

    /// A lookup that may find nothing: the absence is in the return type.
    pub fn find_card<'a>(cards: &'a [(&'a str, &'a str)], last_four: &str) -> Option<&'a str> {
        cards
            .iter()
            .find(|(digits, _)| *digits == last_four)
            .map(|(_, network)| *network)
    }

    /// Describes an optional middle name; `match` must cover `None`.
    pub fn describe(middle_name: Option<&str>) -> String {
        match middle_name {
            Some(name) => format!("middle name: {name}"),
            None => "no middle name".to_string(),
        }
    }

    /// The sizes printed by [`main`]: (type name, bytes).
    pub fn sizes() -> [(&'static str, usize); 8] {
        [
            ("&u8", size_of::<&u8>()),
            ("Option<&u8>", size_of::<Option<&u8>>()),
            ("Box<u8>", size_of::<Box<u8>>()),
            ("Option<Box<u8>>", size_of::<Option<Box<u8>>>()),
            ("NonZeroU32", size_of::<NonZeroU32>()),
            ("Option<NonZeroU32>", size_of::<Option<NonZeroU32>>()),
            ("u32", size_of::<u32>()),
            ("Option<u32>", size_of::<Option<u32>>()),
        ]
    }

    pub fn main() {
        let cards = [("4242", "Visa"), ("5555", "Mastercard")];
        for digits in ["4242", "0000"] {
            match find_card(&cards, digits) {
                Some(network) => println!("find_card({digits:?}) = Some({network:?})"),
                None => println!("find_card({digits:?}) = None"),
            }
        }
        // Combinators handle the None case without a match.
        println!(
            "find_card(\"0000\").unwrap_or(\"unknown\") = {:?}",
            find_card(&cards, "0000").unwrap_or("unknown")
        );
        println!(
            "find_card(\"5555\").map(str::len) = {:?}",
            find_card(&cards, "5555").map(str::len)
        );
        println!("{}", describe(Some("Kumar")));
        println!("{}", describe(None));

        for (name, bytes) in sizes() {
            println!("size_of::<{name}>() = {bytes}");
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn absence_is_a_value_you_must_handle() {
            let cards = [("4242", "Visa")];
            assert_eq!(find_card(&cards, "4242"), Some("Visa"));
            assert_eq!(find_card(&cards, "1111"), None);
            assert_eq!(describe(None), "no middle name");
            assert_eq!(describe(Some("K")), "middle name: K");
        }

        #[test]
        fn option_of_a_non_nullable_type_costs_nothing() {
            assert_eq!(size_of::<Option<&u8>>(), size_of::<&u8>());
            assert_eq!(size_of::<Option<Box<u8>>>(), size_of::<Box<u8>>());
            assert_eq!(size_of::<Option<NonZeroU32>>(), 4);
            assert_eq!(size_of::<Option<u32>>(), 8, "u32 has no spare bit pattern");
        }
    }
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
}
