//! Q11 follow-up: `impl Trait` in return position stands for ONE concrete type chosen by the function.
//! Returning a `Product` on one branch and a `Service` on the other is E0308; use `Box<dyn Describable>`
//! (see `intermediate::traits::follow_up::pick`).
use intermediate::traits::{Describable, Product, Service};

fn pick(hourly: bool) -> impl Describable {
    if hourly {
        Service { name: "Support".into(), hourly_rate: 800.0 }
    } else {
        Product { name: "Keyboard".into(), price: 2500.0 }
    }
}

fn main() {
    println!("{}", pick(true).summary());
}
