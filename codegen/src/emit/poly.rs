//! Polymorphic slots: for a type with derived types, an enum `AnyX` with one
//! boxed variant per concrete type (the base and every descendant). The
//! `@odata.type` of a value selects the variant; unknown or missing tags fall
//! back to the base variant and keep the tag. The base type's properties are
//! readable on any variant through accessors (`any.display_name()`), so
//! reading them takes no `match`.

use super::rust_type::{Paths, ident};
use crate::model::{Model, Structured, TypeDef, TypeId};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeSet;

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
    let qs: Vec<_> = all
        .iter()
        .map(|&d| model.types[d].qualified.clone())
        .collect();
    let derived_qs = &qs[1..];
    let derived_tags: Vec<_> = derived_qs.iter().map(|q| format!("#{q}")).collect();
    let doc = format!(
        " `{base_q}` or any type derived from it, selected by `@odata.type` ({} types).",
        all.len()
    );
    let accessors = accessors(model, paths, id, s, &gates, &vs);
    quote! {
        #[doc = #doc]
        #[derive(Clone, PartialEq, Debug)]
        pub enum #name {
            #(#gates #vs(::std::boxed::Box<#tys>),)*
        }
        impl ::std::default::Default for #name {
            #[inline]
            fn default() -> Self {
                Self::#base_v(::std::default::Default::default())
            }
        }
        #(#gates impl ::std::convert::From<#tys> for #name {
            #[inline]
            fn from(v: #tys) -> Self {
                Self::#vs(::std::boxed::Box::new(v))
            }
        })*
        impl rt::Poly for #name {
            const BASE_NAME: &'static str = #base_q;
            #[inline]
            fn read_variant(tag: ::std::option::Option<&str>, r: &mut rt::Reader<'_>) -> rt::ReadResult<Self> {
                match tag {
                    #(#derived_gates ::std::option::Option::Some(#derived_qs) => rt::object::read_boxed(r).map(Self::#derived_vs),)*
                    _ => rt::object::read_boxed(r).map(Self::#base_v),
                }
            }
            #[inline]
            fn write_variant(&self, w: &mut rt::Writer) {
                match self {
                    Self::#base_v(v) => rt::object::write_object(&**v, w, ::std::option::Option::None),
                    #(#derived_gates Self::#derived_vs(v) => rt::object::write_object(&**v, w, ::std::option::Option::Some(#derived_tags)),)*
                }
            }
        }
        impl #name {
            /// The qualified CSDL name of the current variant's type.
            #[inline]
            pub fn type_name(&self) -> &'static str {
                match self {
                    #(#gates Self::#vs(_) => #qs,)*
                }
            }
            /// The current variant's unknown members and annotations.
            #[inline]
            pub fn extra(&self) -> &rt::Extra {
                match self {
                    #(#gates Self::#vs(v) => &v.extra,)*
                }
            }
            /// The current variant's unknown members and annotations, mutably.
            #[inline]
            pub fn extra_mut(&mut self) -> &mut rt::Extra {
                match self {
                    #(#gates Self::#vs(v) => &mut v.extra,)*
                }
            }
            #accessors
        }
        rt::impl_poly!(#name);
        #[cfg(feature = "serde")]
        rt::impl_serde!(#name);
    }
}

/// One getter and one `_mut` getter per property of the base type (every variant has it,
/// flattened in). A name already taken by another method gets `_field` appended.
fn accessors(
    model: &Model,
    paths: &Paths,
    id: TypeId,
    s: &Structured,
    gates: &[TokenStream],
    vs: &[proc_macro2::Ident],
) -> TokenStream {
    let mut taken: BTreeSet<String> = ["type_name", "extra", "extra_mut"]
        .into_iter()
        .map(str::to_string)
        .collect();
    let mut claim = |want: String| {
        let mut name = want;
        while !taken.insert(name.clone()) {
            name.push_str("_field");
        }
        ident(&name)
    };
    let mut out = TokenStream::new();
    for p in &s.properties {
        let f = ident(&p.rust_name);
        let gate = super::structs::field_gate(paths, Some(id), p);
        let features = super::structs::field_features_doc(paths, Some(id), p);
        let get = claim(p.rust_name.clone());
        let get_mut = claim(format!("{}_mut", p.rust_name.trim_end_matches('_')));
        let ty = paths.field_type(model, p);
        let doc = format!(" `{}` of any variant.", p.name);
        out.extend(quote! {
            #[doc = #doc]
            #features
            #gate
            #[inline]
            pub fn #get(&self) -> &#ty {
                match self {
                    #(#gates Self::#vs(v) => &v.#f,)*
                }
            }
            #[doc = #doc]
            #features
            #gate
            #[inline]
            pub fn #get_mut(&mut self) -> &mut #ty {
                match self {
                    #(#gates Self::#vs(v) => &mut v.#f,)*
                }
            }
        });
    }
    out
}
