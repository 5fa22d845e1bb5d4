//! The route table of one version (`routes.rs`): a static `msgraph_core::routes::RouteTable`
//! with the container's entity sets, singletons and unbound operations, and per entity
//! type its navigation properties, streams and bound operations (declared ones; inherited
//! ones are found through `base`). Built from `model::addressing`, like the builders.

use super::requests::{is_media, op_segment};
use super::rust_type::{Paths, UrlConventions};
use crate::model::addressing::{self, Addressing, Edge, EdgeKind};
use crate::model::{Model, Target, TypeKind};
use proc_macro2::TokenStream;
use quote::quote;

fn edge(model: &Model, paths: &Paths, addr: &Addressing, e: &Edge) -> TokenStream {
    let (name, kind, target, collection, body, params) = match &e.kind {
        EdgeKind::Operation { op, on_collection } => {
            let o = &model.operations[*op];
            let (target, collection) = match &o.return_type {
                Some((r, _)) => (
                    match r.target {
                        Target::Type(id) => model.types[id].qualified.clone(),
                        Target::Prim(p) => p.name().to_string(),
                    },
                    r.collection,
                ),
                None => (String::new(), false),
            };
            let kind = if o.is_action {
                quote!(rt::routes::EdgeKind::Action { on_collection: #on_collection })
            } else {
                let composable = o.is_composable;
                quote!(rt::routes::EdgeKind::Function { on_collection: #on_collection, composable: #composable })
            };
            let body = match addr.params_struct.get(op) {
                Some(_) => {
                    let n = addressing::params_registry_name(model, *op);
                    quote!(::core::option::Option::Some(#n))
                }
                None => quote!(::core::option::Option::None),
            };
            let skip = usize::from(o.is_bound);
            let params: Vec<&str> = if o.is_action {
                Vec::new()
            } else {
                o.parameters[skip..]
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect()
            };
            (
                op_segment(model, paths, *op),
                kind,
                target,
                collection,
                body,
                params,
            )
        }
        other => {
            let kind = match other {
                EdgeKind::EntitySet => quote!(rt::routes::EdgeKind::EntitySet),
                EdgeKind::Singleton => quote!(rt::routes::EdgeKind::Singleton),
                EdgeKind::Navigation { contained } => {
                    quote!(rt::routes::EdgeKind::Navigation { contained: #contained })
                }
                EdgeKind::Property => quote!(rt::routes::EdgeKind::Property),
                _ => quote!(rt::routes::EdgeKind::Stream),
            };
            let target = e
                .target
                .map(|t| model.types[t].qualified.clone())
                .unwrap_or_else(|| "Edm.Stream".to_string());
            (
                e.name.clone(),
                kind,
                target,
                e.collection,
                quote!(::core::option::Option::None),
                Vec::new(),
            )
        }
    };
    let caps = e.caps;
    quote! {
        rt::routes::Edge { name: #name, kind: #kind, target: #target, collection: #collection, caps: #caps, body: #body, params: &[#(#params),*] },
    }
}

pub fn emit(model: &Model, paths: &Paths, addr: &Addressing, url_version: &str) -> TokenStream {
    let roots = addr.roots.iter().map(|e| {
        let gate = e
            .target
            .map_or_else(|| paths.full_gate(), |t| paths.gate(t));
        let e = edge(model, paths, addr, e);
        quote!(#gate #e)
    });
    let mut types: Vec<(String, TokenStream)> = Vec::new();
    for (id, t) in model.types.iter().enumerate() {
        let TypeKind::Entity(s) = &t.kind else {
            continue;
        };
        let name = &t.qualified;
        let base = match s.base {
            Some(b) => {
                let b = &model.types[b].qualified;
                quote!(::core::option::Option::Some(#b))
            }
            None => quote!(::core::option::Option::None),
        };
        let media = is_media(model, id);
        let mut edges: Vec<TokenStream> = addr
            .declared
            .get(&id)
            .into_iter()
            .flatten()
            .map(|e| edge(model, paths, addr, e))
            .collect();
        // OneDrive path addressing, a Graph URL convention: on the listed type itself
        // (derived types find it through `base`).
        if paths.conventions == UrlConventions::Graph
            && let Some((t, caps)) = addressing::item_path_type(model, id)
            && t == id
        {
            edges.push(quote! {
                rt::routes::Edge { name: ":", kind: rt::routes::EdgeKind::ItemPath, target: #name, collection: false, caps: #caps, body: ::core::option::Option::None, params: &[] },
            });
        }
        let gate = paths.gate(id);
        types.push((
            name.clone(),
            quote! {
                #gate rt::routes::TypeRoutes { name: #name, base: #base, has_stream: #media, edges: &[#(#edges)*] },
            },
        ));
    }
    types.sort_by(|a, b| a.0.cmp(&b.0));
    let types = types.into_iter().map(|(_, t)| t);
    quote! {
        #![doc = " The route table of this version: what the request builders can address, for tools that resolve request lines (see `msgraph_core::routes`)."]
        #[allow(unused_imports)]
        use ::msgraph_core as rt;
        /// Entity sets, singletons and unbound operations, and per entity type its navigation properties, streams and bound operations.
        pub static TABLE: rt::routes::RouteTable = rt::routes::RouteTable {
            version: #url_version,
            roots: &[#(#roots)*],
            types: &[#(#types)*],
        };
    }
}
