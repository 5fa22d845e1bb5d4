//! One Rust enum per CSDL enum type: a variant per member (including those
//! after `unknownFutureValue`) plus a fallback variant keeping unknown
//! strings, so values the metadata does not know yet round-trip. Members are
//! recognised exactly, then by case (`rt::StrEnum`).

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
    let names: Vec<_> = e.members.iter().map(|m| &m.name).collect();
    let idents: Vec<_> = e.members.iter().map(|m| ident(&m.rust_name)).collect();
    let from_known = if names.is_empty() {
        quote!(
            let _ = s;
            ::std::option::Option::None
        )
    } else {
        quote! {
            ::std::option::Option::Some(match s {
                #(#names => Self::#idents,)*
                _ => return ::std::option::Option::None,
            })
        }
    };
    quote! {
        #doc
        #[derive(Clone, PartialEq, Eq, Hash, Debug)]
        pub enum #name {
            #(#variants)*
            /// A value this version of the metadata does not define, kept as written.
            #fallback(::std::string::String),
        }
        impl rt::StrEnum for #name {
            const TYPE_NAME: &'static str = #qualified;
            const MEMBERS: &'static [&'static str] = &[#(#names),*];
            #[inline]
            fn from_known(s: &str) -> ::std::option::Option<Self> {
                #from_known
            }
            #[inline]
            fn unrecognized(s: ::std::string::String) -> Self {
                Self::#fallback(s)
            }
            #[inline]
            fn as_str(&self) -> &str {
                match self {
                    #(Self::#idents => #names,)*
                    Self::#fallback(s) => s,
                }
            }
        }
        rt::impl_enum!(#name);
        #[cfg(feature = "serde")]
        rt::impl_serde!(#name);
    }
}
