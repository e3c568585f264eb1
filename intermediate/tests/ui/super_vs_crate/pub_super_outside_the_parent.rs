//! Q17 follow-up: `pub(super)` makes `price_cents` visible to the parent module `billing` and everything
//! inside it, not to the rest of the crate: calling it from the crate root is E0603.
mod billing {
    pub mod pricing {
        pub(super) fn price_cents(items: u32) -> u32 {
            items * 1_999
        }
    }

    pub fn total_cents(items: u32) -> u32 {
        pricing::price_cents(items) // fine: we are in `billing`
    }
}

fn main() {
    println!("{}", billing::total_cents(3));
    println!("{}", billing::pricing::price_cents(3));
}
