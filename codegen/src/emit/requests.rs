//! Request builders of one version (`requests.rs`): the service root [`Api`] with one
//! method per entity set, singleton and unbound operation, and per entity type an `impl`
//! block on `crate::path::EntityPath<T, _>` (and `CollectionPath<T, _>` for operations
//! bound to collections) with one method per navigation property, stream and bound
//! operation, inherited ones included. Also the parameters structs of actions
//! (`params.rs`). Everything comes from `model::addressing`, like the route table.

use super::docs;
use super::rust_type::{Paths, UrlConventions, ident, prim};
use super::structs;
use crate::model::addressing::{self, Addressing, DELETE, Edge, EdgeKind, INSERT, REF, UPDATE};
use crate::model::names::{Scope, field_name};
use crate::model::{Edm, Model, Property, Target, TypeId, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// Method names the generic builders already use.
const RESERVED: &[&str] = &[
    "add_ref",
    "by_id",
    "cast",
    "clone",
    "count",
    "create",
    "delete",
    "delete_ref",
    "fmt",
    "get",
    "get_ref",
    "get_refs",
    "list",
    "new",
    "put",
    "remove_ref",
    "replace",
    "set_ref",
    "target",
    "update",
];

/// The edges usable from entity type `id`: its own first, then its ancestors'
/// (an operation redeclared lower down hides the inherited one of the same name and
/// binding).
pub fn flattened(model: &Model, addr: &Addressing, id: TypeId) -> Vec<Edge> {
    let mut out: Vec<Edge> = Vec::new();
    let mut cur = Some(id);
    while let Some(t) = cur {
        for e in addr.declared.get(&t).into_iter().flatten() {
            let hidden = t != id
                && out
                    .iter()
                    .any(|o| o.name == e.name && same_binding(&o.kind, &e.kind));
            if !hidden {
                out.push(e.clone());
            }
        }
        cur = model.types[t].structured().and_then(|s| s.base);
    }
    out
}

fn same_binding(a: &EdgeKind, b: &EdgeKind) -> bool {
    match (a, b) {
        (
            EdgeKind::Operation {
                on_collection: x, ..
            },
            EdgeKind::Operation {
                on_collection: y, ..
            },
        ) => x == y,
        (EdgeKind::Operation { .. }, _) | (_, EdgeKind::Operation { .. }) => false,
        _ => true,
    }
}

/// The segment an operation is addressed by. Graph: its name in the root namespace,
/// qualified elsewhere (as Graph's documentation writes them); OData conventions: always
/// namespace-qualified.
pub fn op_segment(model: &Model, paths: &Paths, op: usize) -> String {
    let o = &model.operations[op];
    if paths.conventions == UrlConventions::Graph && model.namespaces[o.namespace].module.is_none()
    {
        o.name.clone()
    } else {
        o.qualified.clone()
    }
}

fn value_type(model: &Model, paths: &Paths, id: TypeId) -> TokenStream {
    paths.value_type(model, Target::Type(id), false)
}

/// The path type an edge to an entity leads to.
fn nav_path(
    model: &Model,
    paths: &Paths,
    target: TypeId,
    collection: bool,
    caps: u8,
) -> TokenStream {
    let v = value_type(model, paths, target);
    let has = |bit: u8| caps & bit != 0;
    let mut name = String::from(if collection { "List" } else { "Get" });
    if collection && has(INSERT) {
        name.push_str("Create");
    }
    for (bit, word) in [(UPDATE, "Update"), (DELETE, "Delete")] {
        if has(bit) {
            name.push_str(word);
        }
    }
    if has(REF) {
        name.push_str(if collection { "Refs" } else { "Ref" });
    }
    // Named by the aliases of `crate::path::caps` (`ListCreateUpdateDelete` is
    // `CollCaps<true, true, true, false>`).
    let caps = super::rust_type::ident(&name);
    if collection {
        quote!(crate::path::CollectionPath<#v, crate::path::caps::#caps>)
    } else {
        quote!(crate::path::EntityPath<#v, crate::path::caps::#caps>)
    }
}

/// The response kind of an operation.
fn response_kind(model: &Model, paths: &Paths, ret: &Option<(TypeRef, bool)>) -> TokenStream {
    let Some((r, _)) = ret else {
        return quote!(rt::request::Empty);
    };
    if r.target == Target::Prim(Edm::Stream) {
        return quote!(rt::request::Raw);
    }
    let v = paths.value_type(model, r.target, false);
    if r.collection {
        return quote!(rt::request::Collection<#v>);
    }
    match r.target {
        Target::Type(id) if model.types[id].structured().is_some() => {
            quote!(rt::request::Entity<#v>)
        }
        _ => quote!(rt::request::ValueOf<#v>),
    }
}

/// One builder method for an edge; `None` when the edge needs no method.
fn edge_method(
    model: &Model,
    paths: &Paths,
    addr: &Addressing,
    owner: Option<TypeId>,
    edge: &Edge,
    method: &str,
    params_mod: &TokenStream,
) -> TokenStream {
    let gate = match (owner, edge.target, &edge.kind) {
        (Some(o), Some(t), _) => paths.gate_within(o, t),
        (None, Some(t), _) => paths.gate(t),
        (None, None, EdgeKind::Operation { .. }) => paths.full_gate(),
        _ => TokenStream::new(),
    };
    let features = match (owner, edge.target, &edge.kind) {
        (Some(o), Some(t), _) => paths.features_doc_within(o, t),
        (None, Some(t), _) => paths.features_doc(t),
        (None, None, EdgeKind::Operation { .. }) => paths.full_features_doc(),
        _ => None,
    };
    let method = edge_method_ungated(model, paths, addr, edge, method, params_mod);
    let method = match features {
        Some(line) => with_doc_line(method, &line),
        None => method,
    };
    quote!(#gate #method)
}

/// `method` (one `fn` with its rustdoc) with `line` appended to its rustdoc as a
/// paragraph of its own.
fn with_doc_line(method: TokenStream, line: &str) -> TokenStream {
    let Ok(mut f) = syn::parse2::<syn::ImplItemFn>(method.clone()) else {
        return method;
    };
    super::append_doc_paragraph(&mut f.attrs, line);
    quote!(#f)
}

fn edge_method_ungated(
    model: &Model,
    paths: &Paths,
    addr: &Addressing,
    edge: &Edge,
    method: &str,
    params_mod: &TokenStream,
) -> TokenStream {
    let m = ident(method);
    let seg = &edge.name;
    match &edge.kind {
        EdgeKind::EntitySet | EdgeKind::Singleton | EdgeKind::Navigation { .. } => {
            let Some(target) = edge.target else {
                return quote!();
            };
            let ty = nav_path(model, paths, target, edge.collection, edge.caps);
            let ctor = if edge.collection {
                quote!(crate::path::CollectionPath)
            } else {
                quote!(crate::path::EntityPath)
            };
            let what = match edge.kind {
                EdgeKind::EntitySet => "Entity set",
                EdgeKind::Singleton => "Singleton",
                EdgeKind::Navigation { contained: true } => "Containment navigation property",
                _ => "Navigation property",
            };
            let doc = format!(" {what} `{seg}` (`{}`).", model.types[target].qualified);
            quote! {
                #[doc = #doc]
                pub fn #m(&self) -> #ty {
                    #ctor::new(self.target().segment(#seg))
                }
            }
        }
        EdgeKind::Property => {
            let Some(target) = edge.target else {
                return quote!();
            };
            let v = paths.value_type(model, Target::Type(target), false);
            let doc = format!(
                " Structural property `{seg}` (`{}`), addressed on its own: `GET` or `PATCH` it.",
                model.types[target].qualified
            );
            quote! {
                #[doc = #doc]
                pub fn #m(&self) -> crate::path::PropertyPath<#v> {
                    crate::path::PropertyPath::new(self.target().segment(#seg))
                }
            }
        }
        EdgeKind::Stream => {
            let doc = format!(" Stream property `{seg}`.");
            quote! {
                #[doc = #doc]
                pub fn #m(&self) -> crate::path::StreamPath {
                    crate::path::StreamPath::new(self.target().segment(#seg))
                }
            }
        }
        EdgeKind::Operation { op, .. } => {
            let o = &model.operations[*op];
            // Under the OData conventions an operation import is addressed by its own name.
            let seg = if paths.conventions == UrlConventions::Odata && !o.is_bound {
                edge.name.clone()
            } else {
                op_segment(model, paths, *op)
            };
            let resp = response_kind(model, paths, &o.return_type);
            let mut lines = Vec::new();
            if let Some(d) = &o.docs.description {
                lines.extend(d.lines().map(|l| l.trim_end().to_string()));
                lines.push(String::new());
            }
            let verb = if o.is_action { "POST" } else { "GET" };
            lines.push(format!(
                "`{verb} .../{seg}`: {} `{}`.",
                if o.is_action { "action" } else { "function" },
                o.qualified
            ));
            let doc = docs::attrs(&lines);
            let skip = usize::from(o.is_bound);
            if o.is_action {
                match addr.params_struct.get(op) {
                    Some(p) => {
                        let p = ident(p);
                        quote! {
                            #doc
                            pub fn #m(&self, params: #params_mod::#p) -> rt::request::Request<rt::request::Json<#params_mod::#p>, #resp> {
                                rt::request::Request::new(rt::http::Method::POST, self.target().segment(#seg), rt::request::Json(params))
                            }
                        }
                    }
                    None => quote! {
                        #doc
                        pub fn #m(&self) -> rt::request::Request<rt::request::NoBody, #resp> {
                            rt::request::Request::new(rt::http::Method::POST, self.target().segment(#seg), rt::request::NoBody)
                        }
                    },
                }
            } else {
                let mut scope = Scope::with_reserved(&["self"]);
                let mut args = Vec::new();
                let mut lits = Vec::new();
                for p in &o.parameters[skip..] {
                    let name = ident(&scope.claim(field_name(&p.name)));
                    let (ty, by_value, json) = param_type(model, paths, &p.ty);
                    let csdl = &p.name;
                    let lit = |v: TokenStream| {
                        if json {
                            quote!(rt::request::Literal::json(#v))
                        } else {
                            quote!(rt::request::ToLiteral::to_literal(#v))
                        }
                    };
                    if p.optional {
                        args.push(quote!(#name: ::core::option::Option<#ty>));
                        let conv = match (by_value, json) {
                            (true, _) => {
                                let l = lit(quote!(&v));
                                quote!(|v| #l)
                            }
                            (false, true) => quote!(rt::request::Literal::json),
                            (false, false) => quote!(rt::request::ToLiteral::to_literal),
                        };
                        lits.push(quote!((#csdl, #name.map(#conv))));
                    } else {
                        args.push(quote!(#name: #ty));
                        let l = lit(if by_value {
                            quote!(&#name)
                        } else {
                            quote!(#name)
                        });
                        lits.push(quote!((#csdl, ::core::option::Option::Some(#l))));
                    }
                }
                quote! {
                    #doc
                    pub fn #m(&self, #(#args),*) -> rt::request::Request<rt::request::NoBody, #resp> {
                        rt::request::Request::new(rt::http::Method::GET, self.target().function(#seg, &[#(#lits),*]), rt::request::NoBody)
                    }
                }
            }
        }
    }
}

/// A function parameter's Rust type: (type, passed by value, written as JSON alias).
fn param_type(model: &Model, paths: &Paths, ty: &TypeRef) -> (TokenStream, bool, bool) {
    if ty.collection {
        let v = paths.value_type(model, ty.target, false);
        return (quote!(&[#v]), false, true);
    }
    match ty.target {
        Target::Prim(Edm::String) => (quote!(&str), false, false),
        Target::Prim(
            e @ (Edm::Boolean
            | Edm::Byte
            | Edm::SByte
            | Edm::Int16
            | Edm::Int32
            | Edm::Int64
            | Edm::Double
            | Edm::Single),
        ) => (prim(e), true, false),
        // Spatial values have no inline literal here: GeoJSON through a parameter alias.
        Target::Prim(e @ (Edm::Stream | Edm::Untyped | Edm::Spatial(_))) => {
            let t = prim(e);
            (quote!(&#t), false, true)
        }
        Target::Prim(e) => {
            let t = prim(e);
            (quote!(&#t), false, false)
        }
        Target::Type(id) => {
            let v = paths.value_type(model, ty.target, false);
            let json = match &model.types[id].kind {
                TypeKind::Enum(_) => false,
                TypeKind::Definition(d) => !super::definitions::has_literal(d.underlying),
                _ => true,
            };
            (quote!(&#v), false, json)
        }
    }
}

/// Methods for a list of edges, with names unique in the scope of one `impl`.
fn methods(
    model: &Model,
    paths: &Paths,
    addr: &Addressing,
    owner: Option<TypeId>,
    edges: &[&Edge],
    params_mod: &TokenStream,
    first: &[&str],
) -> TokenStream {
    let mut scope = Scope::with_reserved(RESERVED);
    for f in first {
        scope.claim(f.to_string());
    }
    edges
        .iter()
        .map(|e| {
            let base = match &e.kind {
                EdgeKind::Operation { op, .. } => model.operations[*op].name.clone(),
                _ => e.name.clone(),
            };
            let name = scope.claim(field_name(&base));
            edge_method(model, paths, addr, owner, e, &name, params_mod)
        })
        .collect()
}

/// The per-type builder `impl` blocks of `requests.rs` for the types `ids` (files are
/// emitted in parts, formatted in parallel: see `emit_modules`).
pub fn emit_impls(model: &Model, paths: &Paths, addr: &Addressing, ids: &[TypeId]) -> TokenStream {
    let params_mod = params_path(paths);
    let mut impls = Vec::new();
    for &id in ids {
        let t = &model.types[id];
        let TypeKind::Entity(s) = &t.kind else {
            continue;
        };
        let edges = flattened(model, addr, id);
        let v = value_type(model, paths, id);
        let single: Vec<&Edge> = edges
            .iter()
            .filter(|e| {
                !matches!(
                    e.kind,
                    EdgeKind::Operation {
                        on_collection: true,
                        ..
                    }
                )
            })
            .collect();
        let media = s.has_stream || ancestors_have_stream(model, id);
        let item_path = item_with_path(model, paths, id);
        if !single.is_empty() || media || item_path.is_some() {
            let mut first: Vec<&str> = Vec::new();
            if media {
                first.push("value");
            }
            if item_path.is_some() {
                first.push("item_with_path");
            }
            let ms = methods(model, paths, addr, Some(id), &single, &params_mod, &first);
            let value = media.then(|| {
                quote! {
                    /// The media content (`$value`) of this entity.
                    pub fn value(&self) -> crate::path::StreamPath {
                        crate::path::StreamPath::new(self.target().segment("$value"))
                    }
                }
            });
            let gate = paths.gate(id);
            let doc = impl_doc(paths, id);
            impls.push(quote! {
                #gate #doc impl<C> crate::path::EntityPath<#v, C> { #value #item_path #ms }
            });
        }
        // Type casts: this type's value type derives from each of its ancestors'.
        let mut base = s.base;
        while let Some(b) = base {
            let a = value_type(model, paths, b);
            let (gate, within) = (paths.gate(id), paths.gate_within(id, b));
            let seg = &t.qualified;
            impls.push(quote! {
                #gate #within impl crate::path::DerivedFrom<#a> for #v {
                    const SEGMENT: &'static str = #seg;
                }
            });
            base = model.types[b].structured().and_then(|s| s.base);
        }
        let coll: Vec<&Edge> = edges
            .iter()
            .filter(|e| {
                matches!(
                    e.kind,
                    EdgeKind::Operation {
                        on_collection: true,
                        ..
                    }
                )
            })
            .collect();
        if paths.conventions == UrlConventions::Odata
            && let Some(by_key) = by_key(model, paths, id, s)
        {
            let gate = paths.gate(id);
            let doc = impl_doc(paths, id);
            impls.push(quote! {
                #gate #doc impl<const I: bool, const U: bool, const D: bool, const R: bool>
                    crate::path::CollectionPath<#v, crate::path::CollCaps<I, U, D, R>> { #by_key }
            });
        }
        if !coll.is_empty() {
            let ms = methods(model, paths, addr, Some(id), &coll, &params_mod, &[]);
            let gate = paths.gate(id);
            let doc = impl_doc(paths, id);
            impls.push(quote! {
                #gate #doc impl<C> crate::path::CollectionPath<#v, C> { #ms }
            });
        }
    }
    quote!(#(#impls)*)
}

/// The rustdoc of a builder `impl` block for entity type `id`: the features enabling it
/// (nothing without gating).
fn impl_doc(paths: &Paths, id: TypeId) -> Option<TokenStream> {
    let line = format!(" {}", paths.features_doc(id)?);
    Some(quote!(#[doc = #line]))
}

/// `item_with_path(path)` on paths to entity type `id` if it takes OneDrive path
/// addressing (`model::addressing::ITEM_PATH_TYPES`), under the Graph URL conventions
/// only: the item at `path` below this one, `<this>:/{path}:`.
fn item_with_path(model: &Model, paths: &Paths, id: TypeId) -> Option<TokenStream> {
    if paths.conventions != UrlConventions::Graph {
        return None;
    }
    let (listed, caps) = addressing::item_path_type(model, id)?;
    let ty = nav_path(model, paths, listed, false, caps);
    let (gate, features) = if listed == id {
        (TokenStream::new(), None)
    } else {
        (
            paths.gate_within(id, listed),
            paths.features_doc_within(id, listed),
        )
    };
    let mut lines = vec![
        format!(
            "The `{}` at `path` below this item (OneDrive path addressing, `<this item>:/{{path}}:`),",
            model.types[listed].qualified
        ),
        "going on with its usual segments: `item_with_path(\"Docs/a.txt\").content()` is".into(),
        "`.../root:/Docs/a.txt:/content`.".into(),
        String::new(),
        "`path` is `/`-separated (one leading `/` optional) and percent-encoded segment by".into(),
        "segment; an empty, `.` or `..` segment, or a `:` or `\\` in a name, makes the request"
            .into(),
        "fail when built (`RequestError::InvalidItemPath`).".into(),
    ];
    if let Some(line) = features {
        lines.push(String::new());
        lines.push(line);
    }
    let doc = docs::attrs(&lines);
    Some(quote! {
        #gate
        #doc
        pub fn item_with_path(&self, path: &str) -> #ty {
            crate::path::EntityPath::new(self.target().item_path(path))
        }
    })
}

/// `by_key(..)` for the entity type `id` under the OData conventions: one typed argument
/// per key property (a key inside a complex property is named by its alias); `Name(1)`
/// for a single key, `Name(A=1,B=2)` for a composite one. `None` if a key property
/// cannot be found or has no literal form.
fn by_key(
    model: &Model,
    paths: &Paths,
    id: TypeId,
    s: &crate::model::Structured,
) -> Option<TokenStream> {
    if s.key.is_empty() {
        return None;
    }
    let mut scope = Scope::with_reserved(&["self"]);
    let mut args = Vec::new();
    let mut parts = Vec::new();
    let mut names = Vec::new();
    for k in &s.key {
        let alias = s.key_aliases.iter().find(|(p, _)| p == k).map(|(_, a)| a);
        let name = alias.unwrap_or(k);
        let ty = key_type(model, s, k)?;
        let (rust, by_value, json) = param_type(model, paths, &ty);
        if json || ty.collection {
            return None;
        }
        let arg = ident(&scope.claim(field_name(name)));
        args.push(quote!(#arg: #rust));
        let value = if by_value {
            quote!(&#arg)
        } else {
            quote!(#arg)
        };
        let label = if s.key.len() == 1 { "" } else { name.as_str() };
        parts.push(quote!((#label, rt::request::ToLiteral::to_literal(#value))));
        names.push(name.clone());
    }
    let t = &model.types[id];
    let doc = format!(
        " The `{}` with key {} (`(value)` for one key, `(Name=value,...)` for several).",
        t.qualified,
        names.join(", ")
    );
    let v = value_type(model, paths, id);
    Some(quote! {
        #[doc = #doc]
        pub fn by_key(&self, #(#args),*) -> crate::path::EntityPath<#v, crate::path::Caps<U, D, R>> {
            crate::path::EntityPath::new(self.target().key_predicate(&[#(#parts),*]))
        }
    })
}

/// The type of key property `path` (`/`-separated through complex properties).
fn key_type(model: &Model, s: &crate::model::Structured, path: &str) -> Option<TypeRef> {
    let mut props = &s.properties;
    let mut segs = path.split('/').peekable();
    while let Some(seg) = segs.next() {
        let p = props.iter().find(|p| p.name == seg)?;
        if segs.peek().is_none() {
            return match p.ty.target {
                Target::Type(t) if model.types[t].structured().is_some() => None,
                _ => Some(p.ty.clone()),
            };
        }
        let Target::Type(t) = p.ty.target else {
            return None;
        };
        props = &model.types[t].structured()?.properties;
    }
    None
}

/// The head of `requests.rs` of one version: `api()`, `api_with()` and `Api`.
pub fn emit_head(
    model: &Model,
    paths: &Paths,
    addr: &Addressing,
    url_version: &str,
) -> TokenStream {
    let params_mod = params_path(paths);
    let root_edges: Vec<&Edge> = addr.roots.iter().collect();
    let root_methods = methods(model, paths, addr, None, &root_edges, &params_mod, &[]);
    if paths.conventions == UrlConventions::Odata {
        return quote! {
            #![doc = " Request builders: `api(service_root)` and one `impl` block per entity type on `crate::path::EntityPath` / `CollectionPath`."]
            #[allow(unused_imports)]
            use ::msgraph_core as rt;
            /// The service root: entity sets, singletons and unbound operations.
            #[derive(Debug, Clone)]
            pub struct Api {
                target: rt::request::Target,
            }
            /// The service at `service_root`, exactly as given (for example
            /// `https://services.odata.org/V4/Northwind/Northwind.svc`).
            pub fn api(service_root: &str) -> Api {
                Api { target: rt::request::Target::service_root(service_root) }
            }
            impl Api {
                /// The root target.
                pub fn target(&self) -> &rt::request::Target {
                    &self.target
                }
                #root_methods
            }
        };
    }
    let doc = format!(
        " The service root of `{url_version}`: `https://graph.microsoft.com/{url_version}` or another cloud's."
    );
    quote! {
        #![doc = " Request builders: `api()` and one `impl` block per entity type on `crate::path::EntityPath` / `CollectionPath`."]
        #[allow(unused_imports)]
        use ::msgraph_core as rt;
        #[doc = #doc]
        #[derive(Debug, Clone)]
        pub struct Api {
            target: rt::request::Target,
        }
        /// The service root in the global cloud.
        pub fn api() -> Api {
            api_with(rt::request::Cloud::Global)
        }
        /// The service root in `cloud` (a national cloud or any base URL, such as a mock server).
        pub fn api_with(cloud: rt::request::Cloud) -> Api {
            Api { target: rt::request::Target::root(&cloud, #url_version) }
        }
        impl Api {
            /// The root target.
            pub fn target(&self) -> &rt::request::Target {
                &self.target
            }
            #root_methods
        }
    }
}

fn ancestors_have_stream(model: &Model, id: TypeId) -> bool {
    let mut cur = model.types[id].structured().and_then(|s| s.base);
    while let Some(b) = cur {
        let s = model.types[b].structured();
        if s.is_some_and(|s| s.has_stream) {
            return true;
        }
        cur = s.and_then(|s| s.base);
    }
    false
}

/// Whether `$value` applies to entities of `id`.
pub fn is_media(model: &Model, id: TypeId) -> bool {
    model.types[id].structured().is_some_and(|s| s.has_stream) || ancestors_have_stream(model, id)
}

fn params_path(paths: &Paths) -> TokenStream {
    let root = paths.root_tokens();
    quote!(#root::params)
}

/// The entity type an operation is bound to (single or collection), if any.
pub fn binding_type(model: &Model, op: usize) -> Option<TypeId> {
    let o = &model.operations[op];
    match o.parameters.first().filter(|_| o.is_bound)?.ty.target {
        Target::Type(t) => Some(t),
        Target::Prim(_) => None,
    }
}

/// The head of `params.rs`.
pub fn emit_params_head() -> TokenStream {
    quote! {
        #![doc = " Parameters of actions: the JSON body of each action that takes parameters."]
        #[allow(unused_imports)]
        use ::msgraph_core as rt;
    }
}

/// Structs of `params.rs` for the actions `ops` (one per action with parameters), as
/// text, one item each.
pub fn emit_params(
    model: &Model,
    paths: &Paths,
    addr: &Addressing,
    ops: &[usize],
) -> Result<Vec<String>, syn::Error> {
    let mut items = Vec::new();
    for (&op, name) in ops
        .iter()
        .filter_map(|op| Some((op, addr.params_struct.get(op)?)))
    {
        let o = &model.operations[op];
        let skip = usize::from(o.is_bound);
        let mut scope = Scope::with_reserved(&["extra"]);
        let props: Vec<Property> = o.parameters[skip..]
            .iter()
            .map(|p| Property {
                name: p.name.clone(),
                rust_name: scope.claim(field_name(&p.name)),
                ty: p.ty.clone(),
                nullable: p.nullable,
                navigation: None,
                declared_in: 0,
                pos: o.pos,
                docs: Default::default(),
                capabilities: Default::default(),
                annotations: p.annotations.clone(),
                facets: p.facets.clone(),
                boxed: false,
            })
            .collect();
        let mut lines = Vec::new();
        if let Some(d) = &o.docs.description {
            lines.extend(d.lines().map(|l| l.trim_end().to_string()));
            lines.push(String::new());
        }
        lines.push(format!("Parameters of the action `{}`.", o.qualified));
        for p in &o.parameters[skip..] {
            lines.push(format!(
                "- `{}`: `{}`{}",
                p.name,
                docs::type_name(model, &p.ty),
                if p.optional { ", optional" } else { "" }
            ));
        }
        let reg = addressing::params_registry_name(model, op);
        let binding = binding_type(model, op);
        let gate = binding.map_or_else(|| paths.full_gate_attr(), |b| paths.gate_attr(b));
        if let Some(line) =
            binding.map_or_else(|| paths.full_features_doc(), |b| paths.features_doc(b))
        {
            lines.push(String::new());
            lines.push(line);
        }
        let head = structs::Head {
            doc: lines,
            gate,
            features: None,
        };
        items.extend(structs::object(
            model, paths, binding, name, &head, &reg, &props,
        )?);
    }
    Ok(items)
}
