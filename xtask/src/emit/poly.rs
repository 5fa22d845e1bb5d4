//! Polymorphic slots: for a type with derived types, an enum `AnyX` with one
//! boxed variant per concrete type (the base and every descendant). The
//! `@odata.type` of a value selects the variant; unknown or missing tags fall
//! back to the base variant and keep the tag.

use super::rust_type::{Paths, ident};
use crate::model::{Model, Structured, TypeDef, TypeId};
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit(model: &Model, paths: &Paths, id: TypeId, t: &TypeDef, s: &Structured) -> TokenStream {
    let Some(poly) = &s.poly_name else {
        return TokenStream::new();
    };
    let name = ident(poly);
    let base_v = ident(&s.variant_name);
    let base_q = &t.qualified;
    let all: Vec<TypeId> = std::iter::once(id)
        .chain(s.derived.iter().copied())
        .collect();
    let variant = |d: TypeId| {
        let st = model.types[d]
            .structured()
            .map(|s| s.variant_name.clone())
            .unwrap_or_default();
        ident(&st)
    };
    let vs: Vec<_> = all.iter().map(|&d| variant(d)).collect();
    let gates: Vec<_> = all.iter().map(|&d| paths.gate_within(id, d)).collect();
    let derived_gates: Vec<_> = s
        .derived
        .iter()
        .map(|&d| paths.gate_within(id, d))
        .collect();
    let tys: Vec<_> = all.iter().map(|&d| paths.type_path(model, d)).collect();
    let derived_vs: Vec<_> = s.derived.iter().map(|&d| variant(d)).collect();
    let derived_qs: Vec<_> = s
        .derived
        .iter()
        .map(|&d| model.types[d].qualified.clone())
        .collect();
    let derived_tags: Vec<_> = derived_qs.iter().map(|q| format!("#{q}")).collect();
    let doc = format!(
        " `{base_q}` or any type derived from it, selected by `@odata.type` ({} types).",
        all.len()
    );
    quote! {
        #[doc = #doc]
        #[derive(Clone)]
        pub enum #name {
            #(#gates #vs(::std::boxed::Box<#tys>),)*
        }
        impl ::std::default::Default for #name {
            #[inline]
            fn default() -> Self {
                Self::#base_v(::std::boxed::Box::new(::std::default::Default::default()))
            }
        }
        #(#gates impl ::std::convert::From<#tys> for #name {
            #[inline]
            fn from(v: #tys) -> Self {
                Self::#vs(::std::boxed::Box::new(v))
            }
        })*
        impl rt::PolyDe for #name {
            const BASE_NAME: &'static str = #base_q;
            #[inline]
            fn for_tag(tag: &str) -> ::std::option::Option<Self> {
                ::std::option::Option::Some(match tag {
                    #base_q => Self::#base_v(::std::boxed::Box::new(::std::default::Default::default())),
                    #(#derived_gates #derived_qs => Self::#derived_vs(::std::boxed::Box::new(::std::default::Default::default())),)*
                    _ => return ::std::option::Option::None,
                })
            }
            #[inline]
            fn base() -> Self {
                Self::#base_v(::std::boxed::Box::new(::std::default::Default::default()))
            }
            #[inline]
            fn variant_mut(&mut self) -> &mut dyn rt::ObjectMut {
                match self {
                    #(#gates Self::#vs(v) => &mut **v,)*
                }
            }
        }
        impl rt::PolySer for #name {
            #[inline]
            fn variant(&self) -> (&dyn rt::ObjectSer, ::std::option::Option<&'static str>) {
                match self {
                    Self::#base_v(v) => (&**v, ::std::option::Option::None),
                    #(#derived_gates Self::#derived_vs(v) => (&**v, ::std::option::Option::Some(#derived_tags)),)*
                }
            }
        }
        rt::impl_poly!(#name);
        #[cfg(feature = "serde")]
        rt::impl_serde!(#name);
    }
}
