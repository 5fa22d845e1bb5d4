//! One Rust struct per entity or complex type: every property (inherited
//! ones flattened in) as an `rt::Field`, plus `extra` for unknown properties
//! and instance annotations. The struct gives the runtime (`rt::Object`) its
//! member names as a constant table, a `match` from member index to field for
//! reading, and its fields in order for writing and `Debug`; `Clone` and
//! `PartialEq` are derived; `rt::impl_setters!` adds a chainable `with_{field}` setter
//! per property.

use super::docs;
use super::rust_type::{Paths, ident};
use crate::model::{Model, Property, Structured, Target, TypeDef, TypeId};
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit(model: &Model, paths: &Paths, id: TypeId, t: &TypeDef, s: &Structured) -> TokenStream {
    let doc = docs::attrs(&docs::for_type(model, t));
    object(
        model,
        paths,
        Some(id),
        &t.rust_name,
        doc,
        &t.qualified,
        &s.properties,
    )
}

/// The gate of a navigation property whose target may be missing when the owner
/// exists (per-area features); nothing for other properties.
pub(super) fn field_gate(paths: &Paths, owner: Option<TypeId>, p: &Property) -> TokenStream {
    match (owner, &p.navigation, p.ty.target) {
        (Some(o), Some(_), Target::Type(t)) => paths.gate_within(o, t),
        _ => TokenStream::new(),
    }
}

/// The rustdoc lines (a blank one, then the features) of a property gated by
/// [`field_gate`]; nothing for other properties.
pub(super) fn field_features_doc(
    paths: &Paths,
    owner: Option<TypeId>,
    p: &Property,
) -> TokenStream {
    match (owner, &p.navigation, p.ty.target) {
        (Some(o), Some(_), Target::Type(t)) => match paths.features_doc_within(o, t) {
            Some(line) => {
                let attrs = super::doc_paragraph(&line);
                quote!(#(#attrs)*)
            }
            None => TokenStream::new(),
        },
        _ => TokenStream::new(),
    }
}

/// A struct named `name` with `properties` as fields, readable and writable as a JSON
/// object whose type name (in errors and registries) is `qualified`. Also used for the
/// parameters of actions.
pub fn object(
    model: &Model,
    paths: &Paths,
    owner: Option<TypeId>,
    name: &str,
    doc: TokenStream,
    qualified: &str,
    properties: &[Property],
) -> TokenStream {
    let name = ident(name);
    let fields = properties.iter().map(|p| {
        let doc = docs::attrs(&docs::for_property(model, p));
        let f = ident(&p.rust_name);
        let ty = paths.field_type(model, p);
        let gate = field_gate(paths, owner, p);
        let features = field_features_doc(paths, owner, p);
        quote!(#doc #features #gate pub #f: #ty,)
    });
    // `Default` is written out: the derived one would call `Field::<T>::default()`, one
    // more function per field type in the build.
    let absent = properties.iter().map(|p| {
        let f = ident(&p.rust_name);
        let gate = field_gate(paths, owner, p);
        quote!(#gate #f: rt::Field::Absent,)
    });
    let keys = properties.iter().map(|p| &p.name);
    // Escaped as JSON (CSDL names are identifiers, so this changes nothing in practice).
    let keys_json = properties.iter().map(|p| {
        format!(
            ",{}:",
            serde_json::to_string(&p.name).unwrap_or_else(|_| format!("{:?}", p.name))
        )
    });
    let reads = properties.iter().enumerate().map(|(i, p)| {
        let f = ident(&p.rust_name);
        let gate = field_gate(paths, owner, p);
        quote!(#gate #i => self.#f.read_from(r),)
    });
    let writes = properties.iter().enumerate().map(|(i, p)| {
        let f = ident(&p.rust_name);
        let gate = field_gate(paths, owner, p);
        quote!(#gate w.field(#i, &self.#f);)
    });
    let refs = properties.iter().enumerate().map(|(i, p)| {
        let f = ident(&p.rust_name);
        let gate = field_gate(paths, owner, p);
        quote!(#gate #i => ::std::option::Option::Some(&self.#f),)
    });
    let debugs = properties.iter().enumerate().map(|(i, p)| {
        let f = ident(&p.rust_name);
        let rust = &p.rust_name;
        let gate = field_gate(paths, owner, p);
        quote!(#gate d.field(#i, #rust, &self.#f);)
    });
    // Parameter names no field uses (no properties, or all of them gated) are allowed.
    let all_gated = properties
        .iter()
        .all(|p| !field_gate(paths, owner, p).is_empty());
    let unused = if all_gated {
        quote!(#[allow(unused_variables)])
    } else {
        quote!()
    };
    // Chainable setters, one macro line per property: `with_{name}` (the raw identifier's
    // `r#` and a keyword's trailing `_` dropped; kept when that would collide).
    let mut taken = std::collections::BTreeSet::new();
    let setters = properties.iter().map(|p| {
        let plain = p.rust_name.trim_start_matches("r#").trim_end_matches('_');
        let mut name = format!("with_{plain}");
        if !taken.insert(name.clone()) {
            name = format!("with_{}", p.rust_name.trim_start_matches("r#"));
            taken.insert(name.clone());
        }
        let set = ident(&name);
        let f = ident(&p.rust_name);
        let ty = paths.field_value_type(model, p);
        let gate = field_gate(paths, owner, p);
        quote!(#gate #set #f: #ty;)
    });
    let setters = if properties.is_empty() {
        quote!()
    } else {
        quote!(rt::impl_setters!(#name { #(#setters)* });)
    };
    let tag = format!("\"#{qualified}\"");
    quote! {
        #doc
        #[derive(Clone, PartialEq)]
        pub struct #name {
            #(#fields)*
            /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
            pub extra: rt::Extra,
        }
        impl ::std::default::Default for #name {
            #[inline]
            fn default() -> Self {
                Self {
                    #(#absent)*
                    extra: ::std::default::Default::default(),
                }
            }
        }
        impl rt::Object for #name {
            const TYPE_NAME: &'static str = #qualified;
            const KEYS: &'static [&'static str] = &[#(#keys),*];
            const KEYS_JSON: &'static [&'static str] = &[#(#keys_json),*];
            const TAG: &'static str = #tag;
            #[inline]
            #unused
            fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
                match i {
                    #(#reads)*
                    _ => ::std::result::Result::Ok(false),
                }
            }
            #[inline]
            #unused
            fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
                #(#writes)*
            }
            #[inline]
            fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
                match i {
                    #(#refs)*
                    _ => ::std::option::Option::None,
                }
            }
            #[inline]
            #unused
            fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
                #(#debugs)*
            }
            #[inline]
            fn extra(&self) -> &rt::Extra {
                &self.extra
            }
            #[inline]
            fn extra_mut(&mut self) -> &mut rt::Extra {
                &mut self.extra
            }
        }
        rt::impl_object!(#name);
        #setters
        #[cfg(feature = "serde")]
        rt::impl_serde!(#name);
    }
}
