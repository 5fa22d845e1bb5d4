//! The per-version type registry: every generated type by qualified CSDL
//! name, with its kind and a JSON round-trip function (polymorphic when the
//! type has derived types). Tools such as the conformance kit look types up
//! here.

use super::rust_type::Paths;
use crate::model::addressing::{Addressing, params_registry_name};
use crate::model::{Model, TypeKind};
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit(model: &Model, paths: &Paths, addr: &Addressing) -> TokenStream {
    let mut entries: Vec<(String, TokenStream)> = model
        .types
        .iter()
        .enumerate()
        .filter_map(|(id, t)| {
            let (kind, rust) = match &t.kind {
                // A type definition is read and written as its underlying type.
                TypeKind::Definition(_) => return None,
                TypeKind::Entity(s) | TypeKind::Complex(s) => {
                    let kind = if matches!(t.kind, TypeKind::Entity(_)) {
                        quote!(rt::TypeKind::Entity)
                    } else {
                        quote!(rt::TypeKind::Complex)
                    };
                    let rust = match &s.poly_name {
                        Some(p) => paths.poly_path(model, id, p),
                        None => paths.type_path(model, id),
                    };
                    (kind, rust)
                }
                TypeKind::Enum(e) => {
                    let p = paths.type_path(model, id);
                    let rust = if e.is_flags { quote!(rt::Flags<#p>) } else { p };
                    (quote!(rt::TypeKind::Enum), rust)
                }
            };
            let name = &t.qualified;
            let rust_name = rust.to_string().replace(' ', "");
            let gate = paths.gate(id);
            let entry = quote! {
                #gate rt::TypeEntry { name: #name, kind: #kind, rust_name: #rust_name, parse: rt::parse_boxed::<#rust> },
            };
            Some((t.qualified.clone(), entry))
        })
        .collect();
    let root = paths.root_tokens();
    for (&op, rust) in &addr.params_struct {
        let name = params_registry_name(model, op);
        let r = super::rust_type::ident(rust);
        let path = quote!(#root::params::#r);
        let gate = super::requests::binding_type(model, op)
            .map_or_else(|| paths.full_gate(), |b| paths.gate(b));
        let rust_name = path.to_string().replace(' ', "");
        entries.push((
            name.clone(),
            quote! {
                #gate rt::TypeEntry { name: #name, kind: rt::TypeKind::Parameters, rust_name: #rust_name, parse: rt::parse_boxed::<#path> },
            },
        ));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let entries = entries.into_iter().map(|(_, e)| e);
    quote! {
        #![doc = " Every type of this version by qualified CSDL name (sorted), for tools that pick a type at run time."]
        #[allow(unused_imports)]
        use ::msgraph_core as rt;
        /// All entity, complex and enum types, and the parameters of actions
        /// (`microsoft.graph.answer(microsoft.graph.call)`), sorted by name.
        pub static TYPES: &[rt::TypeEntry] = &[#(#entries)*];
        /// Look a type up by qualified name (`microsoft.graph.call`), with or without a leading `#`.
        pub fn lookup(name: &str) -> ::std::option::Option<&'static rt::TypeEntry> {
            let name = name.strip_prefix('#').unwrap_or(name);
            TYPES.binary_search_by(|e| e.name.cmp(name)).ok().map(|i| &TYPES[i])
        }
    }
}
