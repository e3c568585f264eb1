//! Q27's follow-up: a real derive macro, in its own `proc-macro = true` crate (a procedural macro must
//! live in a crate of that kind: the compiler loads it as a plugin and runs it while compiling the user's
//! code).
//!
//! `#[derive(MiniDebug)]` does what `#[derive(Debug)]` does: it receives the item's tokens, parses them
//! with `syn` into a syntax tree, and returns new tokens built with `quote!` — an
//! `impl ::core::fmt::Debug` that calls the formatter's public builders (`debug_struct`, `debug_tuple`,
//! `write_str`). The standard derive emits calls to unstable helpers
//! (`Formatter::debug_struct_field2_finish` ...) instead, but the text it prints is the same, which the
//! `advanced` crate's tests check field by field.
//!
//! So that a reader can *see* an expansion without `cargo expand`, the derive also adds an inherent
//! constant `MINI_DEBUG_EXPANSION: &str` holding the text of the `impl` it generated.
//!
//! Unions are rejected with a compile error pointing at the union (a derive cannot know which field of a
//! union is valid); see `advanced/tests/ui/derive_macros/`.
#![forbid(unsafe_code)]

use proc_macro::TokenStream;
use proc_macro2::{Ident, Span, TokenStream as TokenStream2};
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields, GenericParam, parse_macro_input, parse_quote};

/// Derives `core::fmt::Debug` the way `#[derive(Debug)]` does, for structs and enums.
#[proc_macro_derive(MiniDebug)]
pub fn mini_debug(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match expand(input) {
        Ok(tokens) => tokens.into(),
        Err(error) => error.to_compile_error().into(),
    }
}

/// The name of `fmt`'s formatter parameter. `Span::mixed_site()` gives it `macro_rules!`-like hygiene:
/// a field the user named `__formatter`, bound by `let Self { __formatter, .. } = self;`, is a different
/// variable and cannot shadow it. With the default `Span::call_site()` it would (E0599).
fn formatter() -> Ident {
    Ident::new("__formatter", Span::mixed_site())
}

fn expand(mut input: DeriveInput) -> syn::Result<TokenStream2> {
    let name = &input.ident;
    let f = formatter();
    let body = match &input.data {
        Data::Struct(data) => {
            let (pattern, chain) = format_fields(&name.to_string(), &data.fields);
            quote! { let Self #pattern = self; #chain }
        }
        Data::Enum(data) => {
            let arms = data.variants.iter().map(|variant| {
                let ident = &variant.ident;
                let (pattern, chain) = format_fields(&ident.to_string(), &variant.fields);
                quote! { Self::#ident #pattern => { #chain } }
            });
            if data.variants.is_empty() {
                // An enum without variants has no values: this match has no arms and is never reached.
                quote! { match *self {} }
            } else {
                quote! { match self { #(#arms)* } }
            }
        }
        Data::Union(data) => {
            return Err(syn::Error::new(
                data.union_token.span,
                "MiniDebug cannot be derived for unions: it cannot know which field holds a value",
            ));
        }
    };

    // Like `#[derive(Debug)]`: every type parameter must itself be Debug.
    for param in &mut input.generics.params {
        if let GenericParam::Type(ty) = param {
            ty.bounds.push(parse_quote!(::core::fmt::Debug));
        }
    }
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let debug_impl = quote! {
        impl #impl_generics ::core::fmt::Debug for #name #ty_generics #where_clause {
            fn fmt(&self, #f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }
    };
    let text = debug_impl.to_string();
    Ok(quote! {
        #debug_impl
        impl #impl_generics #name #ty_generics #where_clause {
            /// The `impl Debug` that `#[derive(MiniDebug)]` generated for this type, as text.
            pub const MINI_DEBUG_EXPANSION: &'static str = #text;
        }
    })
}

/// The pattern that binds every field (`{ a, b }`, `(__field0, __field1)` or nothing) and the formatter
/// calls that print them under `label`.
fn format_fields(label: &str, fields: &Fields) -> (TokenStream2, TokenStream2) {
    let f = formatter();
    match fields {
        Fields::Named(named) => {
            let idents: Vec<_> = named
                .named
                .iter()
                .map(|f| f.ident.clone().expect("named field"))
                .collect();
            // `r#type` prints as `type`, as with `#[derive(Debug)]`.
            let names = idents.iter().map(|i| i.unraw().to_string());
            (
                quote! { { #(#idents),* } },
                quote! { #f.debug_struct(#label) #(.field(#names, #idents))* .finish() },
            )
        }
        Fields::Unnamed(unnamed) => {
            let idents: Vec<_> = (0..unnamed.unnamed.len())
                .map(|i| format_ident!("__field{}", i))
                .collect();
            (
                quote! { ( #(#idents),* ) },
                quote! { #f.debug_tuple(#label) #(.field(#idents))* .finish() },
            )
        }
        Fields::Unit => (quote! {}, quote! { #f.write_str(#label) }),
    }
}
