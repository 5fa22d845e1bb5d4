//! One Rust enum per CSDL enum type: a variant per member (including those
//! after `unknownFutureValue`) plus a fallback variant keeping unknown
//! strings, so values the metadata does not know yet round-trip.

use super::docs;
use super::rust_type::ident;
use crate::model::{EnumDef, Model, TypeDef};
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit(model: &Model, t: &TypeDef, e: &EnumDef) -> TokenStream {
    let name = ident(&t.rust_name);
    let doc = docs::attrs(&docs::for_type(model, t));
    let qualified = &t.qualified;
    let fallback = ident(&e.fallback_variant);
    let variants = e.members.iter().map(|m| {
        let v = ident(&m.rust_name);
        let mut lines = Vec::new();
        if let Some(d) = &m.docs.description {
            lines.extend(d.lines().map(str::to_string));
            lines.push(String::new());
        }
        lines.push(format!("`{}` (value {}).", m.name, m.value));
        let doc = docs::attrs(&lines);
        quote!(#doc #v,)
    });
    let names = e.members.iter().map(|m| &m.name);
    let idents: Vec<_> = e.members.iter().map(|m| ident(&m.rust_name)).collect();
    let names2 = names.clone();
    let from_name = if e.members.is_empty() {
        quote!(Self::#fallback(s.into()))
    } else {
        quote! {
            match s {
                #(#names2 => Self::#idents,)*
                _ => Self::#fallback(s.into()),
            }
        }
    };
    quote! {
        #doc
        #[derive(Clone)]
        pub enum #name {
            #(#variants)*
            /// A value this version of the metadata does not define, kept as written.
            #fallback(::std::string::String),
        }
        impl rt::StrEnum for #name {
            const TYPE_NAME: &'static str = #qualified;
            #[inline]
            fn as_str(&self) -> &str {
                match self {
                    #(Self::#idents => #names,)*
                    Self::#fallback(s) => s,
                }
            }
            #[inline]
            fn from_name(s: &str) -> Self {
                #from_name
            }
        }
        rt::impl_enum!(#name);
        #[cfg(feature = "serde")]
        rt::impl_serde!(#name);
    }
}
