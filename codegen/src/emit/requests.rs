//! Request builders of one version (`requests.rs`): the service root [`Api`] with one
//! method per entity set, singleton and unbound operation; per entity type its builder
//! trait (`requests::CallPath`, declared by `crate::path::entity_path!`, so that its
//! builders have a page of their own; `EntityPath<Call, C>` dereferences to `dyn
//! CallPath`) and an `impl dyn CallPath` block with one method per navigation property,
//! stream and bound operation, inherited ones included (and one on `CollectionPath<T, _>`
//! for operations bound to collections). Also the parameters
//! structs of actions (`params.rs`). Everything comes from `model::addressing`, like the
//! route table.

use super::docs;
use super::path_decl::PathDecl;
use super::rust_type::{Paths, UrlConventions, prim_text};
use super::structs;
use super::text::{self, Ctx, Item, str_lit};
use crate::model::addressing::{
    self, Addressing, DELETE, Edge, EdgeKind, INSERT, NO_COUNT, NO_KEY, REF, UPDATE, UPDATE_PUT,
};
use crate::model::names::{Scope, field_name};
use crate::model::{Edm, Model, Property, Target, TypeId, TypeKind, TypeRef};

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
    "node_target",
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

/// Whether `e` is an operation bound to a collection (a method of `CollectionPath<T, _>`,
/// not of the entity type's builder trait).
pub fn on_collection(e: &Edge) -> bool {
    matches!(
        e.kind,
        EdgeKind::Operation {
            on_collection: true,
            ..
        }
    )
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

fn value_type(model: &Model, paths: &Paths, id: TypeId) -> String {
    paths.value_type_text(model, Target::Type(id), false)
}

/// The module of the builder traits of the entity types of `id`'s namespace:
/// `crate::v1::requests`, or `crate::v1::requests::call_records` for a namespace with a
/// module of its own.
fn path_module(model: &Model, paths: &Paths, id: TypeId) -> String {
    let mut m = format!("{}::requests", paths.root_text());
    if let Some(n) = &model.namespaces[model.types[id].namespace].module {
        m.push_str("::");
        m.push_str(n);
    }
    m
}

/// The builder trait of paths to one entity of `id` (its own, or the ancestor's whose
/// builders it has), with the page of that trait relative to `id`'s own page (both in the
/// models crate's docs): `requests/trait.CallPath.html`, or
/// `../requests/call_records/trait.CallRecordPath.html` from a namespace's module. `None`
/// for a type without builders of its own (`PathDecl::Plain`).
pub fn path_page(model: &Model, paths: &Paths, id: TypeId) -> Option<(String, String)> {
    let owner = match paths.path_decl(id) {
        PathDecl::Own => id,
        PathDecl::Via(owner) => owner,
        PathDecl::Plain => return None,
    };
    let name = path_name(&model.types[owner]);
    let up = if model.namespaces[model.types[id].namespace].module.is_some() {
        "../"
    } else {
        ""
    };
    let page = match &model.namespaces[model.types[owner].namespace].module {
        Some(m) => format!("{up}requests/{m}/trait.{name}.html"),
        None => format!("{up}requests/trait.{name}.html"),
    };
    Some((name, page))
}

/// The name of the builder trait of entity type `t`: `CallPath`. A name the generic builders
/// of `crate::path` already have (Graph's base type `entity` would make `EntityPath`)
/// is taken from the value type instead (`AnyEntityPath`), or else suffixed `TypePath`.
pub fn path_name(t: &crate::model::TypeDef) -> String {
    const TAKEN: &[&str] = &["EntityPath", "CollectionPath", "PropertyPath", "StreamPath"];
    let name = format!("{}Path", t.rust_name);
    if !TAKEN.contains(&name.as_str()) {
        return name;
    }
    match t.structured().and_then(|s| s.poly_name.as_deref()) {
        Some(poly) => format!("{poly}Path"),
        None => format!("{}TypePath", t.rust_name),
    }
}

/// The builder trait of entity type `id`: `crate::v1::requests::CallPath`.
pub fn path_type(model: &Model, paths: &Paths, id: TypeId) -> String {
    format!(
        "{}::{}",
        path_module(model, paths, id),
        path_name(&model.types[id])
    )
}

/// A generic type `{head}<{args}>` (just `head` without arguments), kept apart for
/// breaking a signature as prettyplease does ([`Item::fn_sig`]).
struct Generic {
    head: String,
    args: Vec<String>,
}

impl Generic {
    fn new(head: &str, args: Vec<String>) -> Self {
        Generic {
            head: head.to_string(),
            args,
        }
    }
}

/// A builder method in an `impl` block: `pub fn {name}(&self, {args}) -> {ret}` whose
/// body is the call `{callee}({call_args})`, after its gate and rustdoc lines.
struct Method {
    gate: String,
    doc: Vec<String>,
    name: String,
    args: Vec<String>,
    ret: Generic,
    callee: String,
    call_args: Vec<String>,
}

impl Method {
    /// `inline`: marked `#[inline]` (a method of an `impl dyn` block is not generic, and
    /// is then compiled only by the crates that call it, as a generic one would be).
    fn write(&self, it: &mut Item, inline: bool) {
        it.attr(1, &self.gate);
        it.docs(1, &self.doc);
        if inline {
            it.line(1, "#[inline]");
        }
        let mut args = Vec::with_capacity(self.args.len() + 1);
        args.push("&self".to_string());
        args.extend(self.args.iter().cloned());
        it.fn_sig(
            &format!("pub fn {}", self.name),
            &args,
            &self.ret.head,
            &self.ret.args,
        );
        it.call_expr(&self.callee, &self.call_args);
        it.line(1, "}");
    }

    /// Where `caps` says the entities reached are updated with `PUT` (`UPDATE_PUT`): the
    /// target is marked (`Target::updated_by_put`, which `update` reads) and the rustdoc
    /// says so.
    fn mark_update_method(&mut self, caps: u16) {
        if caps & UPDATE_PUT == 0 {
            return;
        }
        self.call_args[0] = format!("{}.updated_by_put()", self.call_args[0]);
        self.doc.push(String::new());
        self.doc.push(
            "Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here."
                .into(),
        );
    }
}

/// The path type an edge to an entity leads to.
fn nav_path(model: &Model, paths: &Paths, target: TypeId, collection: bool, caps: u16) -> Generic {
    let v = value_type(model, paths, target);
    let has = |bit: u16| caps & bit != 0;
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
    // `CollCaps<true, true, true, false>`); a collection without `$count` or access by key
    // wraps it (`caps::NoKey<caps::List>`).
    let mut caps = format!("crate::path::caps::{name}");
    if collection {
        for (bit, wrapper) in [(NO_KEY, "NoKey"), (NO_COUNT, "NoCount")] {
            if has(bit) {
                caps = format!("crate::path::caps::{wrapper}<{caps}>");
            }
        }
    }
    let head = if collection {
        "crate::path::CollectionPath"
    } else {
        "crate::path::EntityPath"
    };
    Generic::new(head, vec![v, caps])
}

/// The response kind of an operation.
fn response_kind(model: &Model, paths: &Paths, ret: &Option<(TypeRef, bool)>) -> String {
    let Some((r, _)) = ret else {
        return "rt::request::Empty".to_string();
    };
    if r.target == Target::Prim(Edm::Stream) {
        return "rt::request::Raw".to_string();
    }
    let v = paths.value_type_text(model, r.target, false);
    if r.collection {
        return format!("rt::request::Collection<{v}>");
    }
    match r.target {
        Target::Type(id) if model.types[id].structured().is_some() => {
            format!("rt::request::Entity<{v}>")
        }
        _ => format!("rt::request::ValueOf<{v}>"),
    }
}

/// How a builder method reaches its receiver's target: through the receiver's own
/// `target()` (the root, collection paths).
const TARGET: &str = "self.target()";

/// The same in an `impl dyn CallPath` block: the receiver is the trait object, whose
/// `Node` supertrait gives the `EntityPath`'s target.
const NODE_TARGET: &str = "self.node_target()";

/// Where a builder method goes: its name, the path of the `params` module, and the
/// expression that reaches the receiver's target ([`TARGET`] or [`NODE_TARGET`]).
struct Site<'a> {
    name: &'a str,
    params_mod: &'a str,
    target: &'a str,
}

/// One builder method for an edge; `None` when the edge needs no method.
fn edge_method(
    model: &Model,
    paths: &Paths,
    addr: &Addressing,
    owner: Option<TypeId>,
    edge: &Edge,
    site: &Site<'_>,
) -> Option<Method> {
    let gate = match (owner, edge.target, &edge.kind) {
        (Some(o), Some(t), _) => paths.gate_within_attr(o, t),
        (None, Some(t), _) => paths.gate_attr(t),
        (None, None, EdgeKind::Operation { .. }) => paths.full_gate_attr(),
        _ => String::new(),
    };
    let features = match (owner, edge.target, &edge.kind) {
        (Some(o), Some(t), _) => paths.features_doc_within(o, t),
        (None, Some(t), _) => paths.features_doc(t),
        (None, None, EdgeKind::Operation { .. }) => paths.full_features_doc(),
        _ => None,
    };
    let mut m = edge_method_ungated(model, paths, addr, edge, site)?;
    m.gate = gate;
    if let Some(line) = features {
        m.doc.push(String::new());
        m.doc.push(line);
    }
    Some(m)
}

fn edge_method_ungated(
    model: &Model,
    paths: &Paths,
    addr: &Addressing,
    edge: &Edge,
    site: &Site<'_>,
) -> Option<Method> {
    let (seg, method, target) = (&edge.name, site.name, site.target);
    let segment = |seg: &str| format!("{target}.segment({})", str_lit(seg));
    let plain = |doc: String, ret: Generic, callee: &str| Method {
        gate: String::new(),
        doc: vec![doc],
        name: method.to_string(),
        args: Vec::new(),
        ret,
        callee: callee.to_string(),
        call_args: vec![segment(seg)],
    };
    match &edge.kind {
        EdgeKind::EntitySet | EdgeKind::Singleton | EdgeKind::Navigation { .. } => {
            let target = edge.target?;
            let ty = nav_path(model, paths, target, edge.collection, edge.caps);
            let ctor = format!("{}::new", ty.head);
            let what = match edge.kind {
                EdgeKind::EntitySet => "Entity set",
                EdgeKind::Singleton => "Singleton",
                EdgeKind::Navigation { contained: true } => "Containment navigation property",
                _ => "Navigation property",
            };
            let doc = format!("{what} `{seg}` (`{}`).", model.types[target].qualified);
            let mut m = plain(doc, ty, &ctor);
            m.mark_update_method(edge.caps);
            Some(m)
        }
        EdgeKind::Property => {
            let target = edge.target?;
            let v = paths.value_type_text(model, Target::Type(target), false);
            let doc = format!(
                "Structural property `{seg}` (`{}`), addressed on its own: `GET` or `PATCH` it.",
                model.types[target].qualified
            );
            let ty = Generic::new("crate::path::PropertyPath", vec![v]);
            Some(plain(doc, ty, "crate::path::PropertyPath::new"))
        }
        EdgeKind::Stream => {
            let doc = format!("Stream property `{seg}`.");
            let ty = Generic::new("crate::path::StreamPath", Vec::new());
            Some(plain(doc, ty, "crate::path::StreamPath::new"))
        }
        EdgeKind::Operation { op, .. } => {
            let o = &model.operations[*op];
            // Under the OData conventions an operation import is addressed by its own name.
            let seg = if paths.conventions == UrlConventions::Odata && !o.is_bound {
                edge.name.clone()
            } else {
                op_segment(model, paths, *op)
            };
            let seg_lit = str_lit(&seg);
            let resp = response_kind(model, paths, &o.return_type);
            let mut doc = Vec::new();
            if let Some(d) = &o.docs.description {
                doc.extend(d.lines().map(|l| l.trim_end().to_string()));
                doc.push(String::new());
            }
            let verb = if o.is_action { "POST" } else { "GET" };
            doc.push(format!(
                "`{verb} .../{seg}`: {} `{}`.",
                if o.is_action { "action" } else { "function" },
                o.qualified
            ));
            let request = |body: String| Generic::new("rt::request::Request", vec![body, resp]);
            let skip = usize::from(o.is_bound);
            let (method_name, args, ret, call_args) = if o.is_action {
                match addr.params_struct.get(op) {
                    Some(p) => {
                        let p = format!("{}::{p}", site.params_mod);
                        (
                            "rt::http::Method::POST",
                            vec![format!("params: {p}")],
                            request(format!("rt::request::Json<{p}>")),
                            "rt::request::Json(params)".to_string(),
                        )
                    }
                    None => (
                        "rt::http::Method::POST",
                        Vec::new(),
                        request("rt::request::NoBody".to_string()),
                        "rt::request::NoBody".to_string(),
                    ),
                }
            } else {
                let mut scope = Scope::with_reserved(&["self"]);
                let mut args = Vec::new();
                let mut lits = Vec::new();
                for p in &o.parameters[skip..] {
                    let name = scope.claim(field_name(&p.name));
                    let (ty, by_value, json) = param_type(model, paths, &p.ty);
                    let csdl = str_lit(&p.name);
                    let lit = |v: &str| {
                        if json {
                            format!("rt::request::Literal::json({v})")
                        } else {
                            format!("rt::request::ToLiteral::to_literal({v})")
                        }
                    };
                    if p.optional {
                        args.push(format!("{name}: ::core::option::Option<{ty}>"));
                        let conv = match (by_value, json) {
                            (true, _) => format!("|v| {}", lit("&v")),
                            (false, true) => "rt::request::Literal::json".to_string(),
                            (false, false) => "rt::request::ToLiteral::to_literal".to_string(),
                        };
                        lits.push(format!("({csdl}, {name}.map({conv}))"));
                    } else {
                        args.push(format!("{name}: {ty}"));
                        let l = lit(&if by_value {
                            format!("&{name}")
                        } else {
                            name.clone()
                        });
                        lits.push(format!("({csdl}, ::core::option::Option::Some({l}))"));
                    }
                }
                (
                    "rt::http::Method::GET",
                    args,
                    request("rt::request::NoBody".to_string()),
                    format!("&[{}]", lits.join(", ")),
                )
            };
            // A function's parameters go into its segment; an action's body after it.
            let (target, body) = if o.is_action {
                (segment(&seg), call_args)
            } else {
                (
                    format!("{target}.function({seg_lit}, {call_args})"),
                    "rt::request::NoBody".to_string(),
                )
            };
            Some(Method {
                gate: String::new(),
                doc,
                name: method.to_string(),
                args,
                ret,
                callee: "rt::request::Request::new".to_string(),
                call_args: vec![method_name.to_string(), target, body],
            })
        }
    }
}

/// A function parameter's Rust type: (type, passed by value, written as JSON alias).
fn param_type(model: &Model, paths: &Paths, ty: &TypeRef) -> (String, bool, bool) {
    if ty.collection {
        let v = paths.value_type_text(model, ty.target, false);
        return (format!("&[{v}]"), false, true);
    }
    match ty.target {
        Target::Prim(Edm::String) => ("&str".to_string(), false, false),
        Target::Prim(
            e @ (Edm::Boolean
            | Edm::Byte
            | Edm::SByte
            | Edm::Int16
            | Edm::Int32
            | Edm::Int64
            | Edm::Double
            | Edm::Single),
        ) => (prim_text(e), true, false),
        // Spatial values have no inline literal here: GeoJSON through a parameter alias.
        Target::Prim(e @ (Edm::Stream | Edm::Untyped | Edm::Spatial(_))) => {
            (format!("&{}", prim_text(e)), false, true)
        }
        Target::Prim(e) => (format!("&{}", prim_text(e)), false, false),
        Target::Type(id) => {
            let v = paths.value_type_text(model, ty.target, false);
            let json = match &model.types[id].kind {
                TypeKind::Enum(_) => false,
                TypeKind::Definition(d) => !super::definitions::has_literal(d.underlying),
                _ => true,
            };
            (format!("&{v}"), false, json)
        }
    }
}

/// Methods for a list of edges, with names unique in the scope of one `impl` (`first`
/// claimed before them), on a receiver whose `EntityPath` is `target`.
fn methods(
    model: &Model,
    paths: &Paths,
    addr: &Addressing,
    owner: Option<TypeId>,
    edges: &[&Edge],
    first: &[&str],
    target: &str,
) -> Vec<Method> {
    let params_mod = format!("{}::params", paths.root_text());
    let mut scope = Scope::with_reserved(RESERVED);
    for f in first {
        scope.claim(f.to_string());
    }
    edges
        .iter()
        .filter_map(|e| {
            let base = match &e.kind {
                EdgeKind::Operation { op, .. } => model.operations[*op].name.clone(),
                _ => e.name.clone(),
            };
            let name = scope.claim(field_name(&base));
            let site = Site {
                name: &name,
                params_mod: &params_mod,
                target,
            };
            edge_method(model, paths, addr, owner, e, &site)
        })
        .collect()
}

/// The head of a builder `impl` block.
enum ImplHead<'a> {
    /// `impl<{params}> {ty} {`.
    Generic(&'a [&'a str], Generic),
    /// `impl dyn {trait} {`: the entity type's builder trait; its methods are `#[inline]`.
    Dyn(String),
}

/// A builder `impl` block for entity type `id`: gate and rustdoc (the features enabling
/// it), head, the methods.
fn impl_block(
    paths: &Paths,
    id: TypeId,
    head: &ImplHead<'_>,
    methods: &[Method],
) -> Result<String, syn::Error> {
    let mut it = Item::new();
    it.attr(0, &paths.gate_attr(id));
    if let Some(line) = paths.features_doc(id) {
        it.doc(0, &format!(" {line}"));
    }
    match head {
        ImplHead::Generic(params, ty) => {
            let params: Vec<String> = params.iter().map(|p| p.to_string()).collect();
            it.generic_impl_head(&params, &ty.head, &ty.args);
        }
        ImplHead::Dyn(path) => it.fit(Ctx::Other(0), &format!("impl dyn {path} {{")),
    }
    let inline = matches!(head, ImplHead::Dyn(_));
    for m in methods {
        m.write(&mut it, inline);
    }
    it.line(0, "}");
    it.finish()
}

/// The per-type builder `impl` blocks of `requests.rs` for the types `ids` (files are
/// emitted in parts, formatted in parallel: see `emit_modules`), as text, one item each.
pub fn emit_impls(
    model: &Model,
    paths: &Paths,
    addr: &Addressing,
    ids: &[TypeId],
) -> Result<Vec<String>, syn::Error> {
    let mut impls = Vec::new();
    for &id in ids {
        let t = &model.types[id];
        let TypeKind::Entity(s) = &t.kind else {
            continue;
        };
        let edges = flattened(model, addr, id);
        let v = value_type(model, paths, id);
        let single: Vec<&Edge> = edges.iter().filter(|e| !on_collection(e)).collect();
        let media = is_media(model, id);
        let target = NODE_TARGET;
        let item_path = item_with_path(model, paths, id, target);
        // A `Via` type's builders are its owner's (`path_decl`).
        if paths.path_decl(id) == PathDecl::Own
            && (!single.is_empty() || media || item_path.is_some())
        {
            let mut first: Vec<&str> = Vec::new();
            if media {
                first.push("value");
            }
            if item_path.is_some() {
                first.push("item_with_path");
            }
            let mut ms = Vec::new();
            if media {
                ms.push(Method {
                    gate: String::new(),
                    doc: vec!["The media content (`$value`) of this entity.".to_string()],
                    name: "value".to_string(),
                    args: Vec::new(),
                    ret: Generic::new("crate::path::StreamPath", Vec::new()),
                    callee: "crate::path::StreamPath::new".to_string(),
                    call_args: vec![format!("{target}.segment(\"$value\")")],
                });
            }
            ms.extend(item_path);
            ms.extend(methods(
                model,
                paths,
                addr,
                Some(id),
                &single,
                &first,
                target,
            ));
            let head = ImplHead::Dyn(path_type(model, paths, id));
            impls.push(impl_block(paths, id, &head, &ms)?);
        }
        // Type casts: this type's value type derives from each of its ancestors'.
        let mut base = s.base;
        while let Some(b) = base {
            let a = value_type(model, paths, b);
            let mut it = Item::new();
            it.attr(0, &paths.gate_attr(id));
            it.attr(0, &paths.gate_within_attr(id, b));
            // One per type and ancestor: left off the types' pages (the trait says it).
            it.line(0, "#[doc(hidden)]");
            it.trait_impl_head("crate::path::DerivedFrom", Some(&a), &v);
            // A constant's value does not break (a string literal).
            it.line(
                1,
                &format!("const SEGMENT: &'static str = {};", str_lit(&t.qualified)),
            );
            it.line(0, "}");
            impls.push(it.finish()?);
            base = model.types[b].structured().and_then(|s| s.base);
        }
        let coll: Vec<&Edge> = edges.iter().filter(|e| on_collection(e)).collect();
        if paths.conventions == UrlConventions::Odata
            && let Some(by_key) = by_key(model, paths, id, s)
        {
            let ty = Generic::new(
                "crate::path::CollectionPath",
                vec![
                    v.clone(),
                    "crate::path::CollCaps<I, U, D, R, N, true>".into(),
                ],
            );
            let params = [
                "const I: bool",
                "const U: bool",
                "const D: bool",
                "const R: bool",
                "const N: bool",
            ];
            impls.push(impl_block(
                paths,
                id,
                &ImplHead::Generic(&params, ty),
                &[by_key],
            )?);
        }
        if !coll.is_empty() {
            let ms = methods(model, paths, addr, Some(id), &coll, &[], TARGET);
            let ty = Generic::new("crate::path::CollectionPath", vec![v.clone(), "C".into()]);
            impls.push(impl_block(paths, id, &ImplHead::Generic(&["C"], ty), &ms)?);
        }
    }
    Ok(impls)
}

/// `item_with_path(path)` on paths to entity type `id` if it takes OneDrive path
/// addressing (`model::addressing::ITEM_PATH_TYPES`), under the Graph URL conventions
/// only: the item at `path` below this one, `<this>:/{path}:` (`target` reaches the
/// receiver's `EntityPath`).
fn item_with_path(model: &Model, paths: &Paths, id: TypeId, target: &str) -> Option<Method> {
    if paths.conventions != UrlConventions::Graph {
        return None;
    }
    let (listed, caps) = addressing::item_path_type(model, id)?;
    let ty = nav_path(model, paths, listed, false, caps);
    let (gate, features) = if listed == id {
        (String::new(), None)
    } else {
        (
            paths.gate_within_attr(id, listed),
            paths.features_doc_within(id, listed),
        )
    };
    let doc = vec![
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
    let mut m = Method {
        gate,
        doc,
        name: "item_with_path".to_string(),
        args: vec!["path: &str".to_string()],
        callee: format!("{}::new", ty.head),
        ret: ty,
        call_args: vec![format!("{target}.item_path(path)")],
    };
    m.mark_update_method(caps);
    if let Some(line) = features {
        m.doc.push(String::new());
        m.doc.push(line);
    }
    Some(m)
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
) -> Option<Method> {
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
        let arg = scope.claim(field_name(name));
        args.push(format!("{arg}: {rust}"));
        let value = if by_value { format!("&{arg}") } else { arg };
        let label = if s.key.len() == 1 { "" } else { name.as_str() };
        parts.push(format!(
            "({}, rt::request::ToLiteral::to_literal({value}))",
            str_lit(label)
        ));
        names.push(name.clone());
    }
    let t = &model.types[id];
    let doc = format!(
        "The `{}` with key {} (`(value)` for one key, `(Name=value,...)` for several).",
        t.qualified,
        names.join(", ")
    );
    let v = value_type(model, paths, id);
    Some(Method {
        gate: String::new(),
        doc: vec![doc],
        name: "by_key".to_string(),
        args,
        callee: "crate::path::EntityPath::new".to_string(),
        ret: Generic::new(
            "crate::path::EntityPath",
            vec![v, "crate::path::Caps<U, D, R>".to_string()],
        ),
        call_args: vec![format!(
            "self.target().key_predicate(&[{}])",
            parts.join(", ")
        )],
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

/// The head of `requests.rs` of one version, as text: `api()`, `api_with()` and `Api`.
pub fn emit_head(
    model: &Model,
    paths: &Paths,
    addr: &Addressing,
    url_version: &str,
) -> Result<String, syn::Error> {
    let root_edges: Vec<&Edge> = addr.roots.iter().collect();
    let root_methods = methods(model, paths, addr, None, &root_edges, &[], TARGET);
    let odata = paths.conventions == UrlConventions::Odata;
    let mut it = text::file_head(if odata {
        "Request builders: `api(service_root)`, and per entity type its builder trait (`…Path`) with one method per navigation property and bound operation."
    } else {
        "Request builders: `api()`, and per entity type its builder trait (`…Path`) with one method per navigation property and bound operation."
    });
    if odata {
        it.line(
            0,
            "/// The service root: entity sets, singletons and unbound operations.",
        );
    } else {
        it.doc(
            0,
            &format!(
                " The service root of `{url_version}`: `https://graph.microsoft.com/{url_version}` or another cloud's."
            ),
        );
    }
    it.lines(
        0,
        &[
            "#[derive(Debug, Clone)]",
            "pub struct Api {",
            "    target: rt::request::Target,",
            "}",
        ],
    );
    let target = if odata {
        it.lines(
            0,
            &[
                "/// The service at `service_root`, exactly as given (for example",
                "/// `https://services.odata.org/V4/Northwind/Northwind.svc`).",
                "pub fn api(service_root: &str) -> Api {",
            ],
        );
        "rt::request::Target::service_root(service_root)".to_string()
    } else {
        it.lines(
            0,
            &[
                "/// The service root in the global cloud.",
                "pub fn api() -> Api {",
                "    api_with(rt::request::Cloud::Global)",
                "}",
                "/// The service root in `cloud` (a national cloud or any base URL, such as a mock server).",
                "pub fn api_with(cloud: rt::request::Cloud) -> Api {",
            ],
        );
        format!(
            "rt::request::Target::root(&cloud, {})",
            str_lit(url_version)
        )
    };
    it.line(1, "Api {");
    it.fit(Ctx::Other(2), &format!("target: {target},"));
    it.lines(
        0,
        &[
            "    }",
            "}",
            "impl Api {",
            "    /// The root target.",
            "    pub fn target(&self) -> &rt::request::Target {",
            "        &self.target",
            "    }",
        ],
    );
    for m in &root_methods {
        m.write(&mut it, false);
    }
    it.line(0, "}");
    it.pretty(&path_types(model, paths));
    it.finish()
}

/// The builder traits of every entity type (`crate::path::entity_path!` calls, gated like
/// their types): those of the root namespace here, the others in one module per
/// namespace (`pub mod call_records { .. }`), each module naming its types' module
/// `entity_types` for the macro. As source text.
fn path_types(model: &Model, paths: &Paths) -> String {
    let mut by_ns: Vec<Vec<String>> = vec![Vec::new(); model.namespaces.len()];
    for (id, t) in model.types.iter().enumerate() {
        if !matches!(t.kind, TypeKind::Entity(_)) {
            continue;
        }
        let v = value_type(model, paths, id);
        let value = v.rsplit("::").next().unwrap_or(&v);
        let args = match paths.path_decl(id) {
            PathDecl::Own => format!("{}, {value}", path_name(t)),
            PathDecl::Via(owner) => {
                let mut via = "path_types".to_string();
                if let Some(m) = &model.namespaces[model.types[owner].namespace].module {
                    via.push_str("::");
                    via.push_str(m);
                }
                format!("{value} via {via}::{}", path_name(&model.types[owner]))
            }
            PathDecl::Plain => format!("{value} plain"),
        };
        by_ns[t.namespace].push(format!(
            "{}\ncrate::path::entity_path!({args});\n",
            paths.gate_attr(id)
        ));
    }
    let root = paths.root_text();
    // `entity_types` names the value types' module; `path_types` the root of the builder
    // traits (those of ancestors: `path_types::call_records::CallRecordPath`).
    let module_uses = |module: &str| {
        format!(
            "#[allow(unused_imports)]\nuse {module} as entity_types;\n\
             #[allow(unused_imports)]\nuse {root}::requests as path_types;\n"
        )
    };
    let mut out = String::new();
    for (n, decls) in model.namespaces.iter().zip(&by_ns) {
        if n.module.is_none() {
            out.push_str(&module_uses(&root));
            out.extend(decls.iter().map(String::as_str));
        }
    }
    for (n, decls) in model.namespaces.iter().zip(&by_ns) {
        if let (Some(m), false) = (&n.module, decls.is_empty()) {
            out.push_str(&format!(
                "/// Requests of paths to entities of the namespace `{}`.\npub mod {m} {{\n{}",
                n.name,
                module_uses(&format!("{root}::{m}"))
            ));
            out.extend(decls.iter().map(String::as_str));
            out.push_str("}\n");
        }
    }
    out
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

/// The entity type an operation is bound to (single or collection), if any.
pub fn binding_type(model: &Model, op: usize) -> Option<TypeId> {
    let o = &model.operations[op];
    match o.parameters.first().filter(|_| o.is_bound)?.ty.target {
        Target::Type(t) => Some(t),
        Target::Prim(_) => None,
    }
}

/// The head of `params.rs`; `from` is the version module of the part crate holding the
/// rest of the parameters (`::msgraph_models_v1_ops::v1`), re-exported here.
pub fn emit_params_head(from: Option<&str>) -> Result<String, syn::Error> {
    let mut it = text::file_head(
        "Parameters of actions: the JSON body of each action that takes parameters.",
    );
    if let Some(from) = from {
        it.lines(
            0,
            &[
                "#[doc(inline)]",
                "#[allow(unused_imports)]",
                &format!("pub use {from}::params::*;"),
            ],
        );
    }
    it.finish()
}

/// The types the parameters struct of action `op` refers to.
pub fn params_references(model: &Model, op: usize) -> impl Iterator<Item = TypeId> + '_ {
    let o = &model.operations[op];
    o.parameters[usize::from(o.is_bound)..]
        .iter()
        .filter_map(|p| match p.ty.target {
            Target::Type(id) => Some(id),
            Target::Prim(_) => None,
        })
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
        let shape = structs::Shape {
            name,
            qualified: &reg,
            properties: &props,
            held_boxed: false,
        };
        items.extend(structs::object(model, paths, binding, &head, shape)?);
    }
    Ok(items)
}
