//! Q27's follow-up: a derive macro in its own `proc-macro = true` crate (filled in with Q27).
#![forbid(unsafe_code)]
use proc_macro::TokenStream;

/// Placeholder derive: expands to nothing yet.
#[proc_macro_derive(MiniDebug)]
pub fn mini_debug(_input: TokenStream) -> TokenStream {
    TokenStream::new()
}
