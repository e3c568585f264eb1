//! Q11 follow-up: `Box<dyn Display>` means `Box<dyn Display + 'static>`, so it cannot hold a borrowed
//! `&str` (no error code: "lifetime may not live long enough"). `Box<dyn Display + '_>` ties the box to
//! the argument's lifetime instead.
use std::fmt::Display;

fn boxed(text: &str) -> Box<dyn Display> {
    Box::new(text)
}

fn main() {
    println!("{}", boxed("hi"));
}
