//! One Rust struct per entity or complex type: every property (inherited
//! ones flattened in) as a tri-state `rt::Field`, plus `extra` for unknown
//! properties and instance annotations. The struct hands its property slots
//! to the runtime as arrays (sorted by JSON name for reading, declaration
//! order for writing); (de)serialization, `Debug` and `PartialEq` live there.

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
fn field_gate(paths: &Paths, owner: Option<TypeId>, p: &Property) -> TokenStream {
    match (owner, &p.navigation, p.ty.target) {
        (Some(o), Some(_), Target::Type(t)) => paths.gate_within(o, t),
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
        let ty = paths.field_type(model, &p.ty);
        let gate = field_gate(paths, owner, p);
        quote!(#doc #gate pub #f: #ty,)
    });
    // `Default` is written out: the derived one would call `Field::<T>::default()`, one
    // more function per field type in the build.
    let absent = properties.iter().map(|p| {
        let f = ident(&p.rust_name);
        let gate = field_gate(paths, owner, p);
        quote!(#gate #f: rt::Field::Absent,)
    });
    let mut by_json: Vec<_> = properties.iter().collect();
    by_json.sort_by(|a, b| a.name.cmp(&b.name));
    let slots_mut = by_json.iter().map(|p| {
        let f = ident(&p.rust_name);
        let key = &p.name;
        let gate = field_gate(paths, owner, p);
        quote!(#gate (#key, &mut self.#f),)
    });
    let slots = properties.iter().map(|p| {
        let f = ident(&p.rust_name);
        let key = &p.name;
        let gate = field_gate(paths, owner, p);
        quote!(#gate (#key, &self.#f),)
    });
    quote! {
        #doc
        #[derive(Clone)]
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
        impl rt::ObjectMut for #name {
            #[inline]
            fn fields_mut(&mut self, f: &mut rt::object::FieldsMutFn<'_>) {
                f(&mut self.extra, &mut [#(#slots_mut)*])
            }
        }
        impl rt::ObjectDe for #name {
            const TYPE_NAME: &'static str = #qualified;
        }
        impl rt::ObjectSer for #name {
            #[inline]
            fn fields(&self, f: &mut rt::object::FieldsFn<'_>) {
                f(rt::object::Head::new(#qualified, &self.extra), &[#(#slots)*])
            }
        }
        rt::impl_object!(#name);
        #[cfg(feature = "serde")]
        rt::impl_serde!(#name);
    }
}
