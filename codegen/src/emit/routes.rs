//! The route table of one version (`routes.rs`): a static `msgraph_core::routes::RouteTable`
//! with the container's entity sets, singletons and unbound operations, and per entity
//! type its navigation properties, streams and bound operations (declared ones; inherited
//! ones are found through `base`). Built from `model::addressing`, like the builders;
//! written as text, as prettyplease prints it.

use super::requests::{is_media, op_segment};
use super::rust_type::{Paths, UrlConventions};
use super::text::{self, Item, str_lit};
use crate::model::addressing::{self, Addressing, Edge, EdgeKind};
use crate::model::{Model, Target, TypeKind};

const NONE: &str = "::core::option::Option::None";
const SOME: &str = "::core::option::Option::Some";

/// `{name}: {SOME}({lit}),` or `{name}: {NONE},` as a field at `depth`.
fn option_field(it: &mut Item, depth: usize, name: &str, value: Option<&str>) {
    match value {
        Some(v) => it.lit_call_field(depth, name, SOME, &str_lit(v), false),
        None => it.line(depth, &format!("{name}: {NONE},")),
    }
}

/// One `rt::routes::Edge { .. },` at `depth`.
fn edge(it: &mut Item, depth: usize, model: &Model, paths: &Paths, addr: &Addressing, e: &Edge) {
    // The kind's variant and its fields.
    let (name, kind, fields, target, collection, body, params) = match &e.kind {
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
            let mut fields = vec![format!("on_collection: {on_collection},")];
            let kind = if o.is_action {
                "Action"
            } else {
                fields.push(format!("composable: {},", o.is_composable));
                "Function"
            };
            let body = addr
                .params_struct
                .get(op)
                .map(|_| addressing::params_registry_name(model, *op));
            let skip = usize::from(o.is_bound);
            let params: Vec<String> = if o.is_action {
                Vec::new()
            } else {
                o.parameters[skip..]
                    .iter()
                    .map(|p| str_lit(&p.name))
                    .collect()
            };
            (
                op_segment(model, paths, *op),
                kind,
                fields,
                target,
                collection,
                body,
                params,
            )
        }
        other => {
            let (kind, fields) = match other {
                EdgeKind::EntitySet => ("EntitySet", Vec::new()),
                EdgeKind::Singleton => ("Singleton", Vec::new()),
                EdgeKind::Navigation { contained } => {
                    ("Navigation", vec![format!("contained: {contained},")])
                }
                EdgeKind::Property => ("Property", Vec::new()),
                _ => ("Stream", Vec::new()),
            };
            let target = e
                .target
                .map(|t| model.types[t].qualified.clone())
                .unwrap_or_else(|| "Edm.Stream".to_string());
            (
                e.name.clone(),
                kind,
                fields,
                target,
                e.collection,
                None,
                Vec::new(),
            )
        }
    };
    it.line(depth, "rt::routes::Edge {");
    let d = depth + 1;
    it.line(d, &format!("name: {},", str_lit(&name)));
    if fields.is_empty() {
        it.line(d, &format!("kind: rt::routes::EdgeKind::{kind},"));
    } else {
        it.line(d, &format!("kind: rt::routes::EdgeKind::{kind} {{"));
        for f in &fields {
            it.line(d + 1, f);
        }
        it.line(d, "},");
    }
    it.line(d, &format!("target: {},", str_lit(&target)));
    it.line(d, &format!("collection: {collection},"));
    it.line(d, &format!("caps: {}u16,", e.caps));
    option_field(it, d, "body", body.as_deref());
    it.lit_slice_field(d, "params", &params, true);
    it.line(depth, "},");
}

/// `routes.rs` of one version, as text.
pub fn emit(
    model: &Model,
    paths: &Paths,
    addr: &Addressing,
    url_version: &str,
) -> Result<String, syn::Error> {
    let mut it = text::file_head(
        "The route table of this version: what the request builders can address, for tools that resolve request lines (see `msgraph_core::routes`).",
    );
    it.lines(
        0,
        &[
            "/// Entity sets, singletons and unbound operations, and per entity type its navigation properties, streams and bound operations.",
            "pub static TABLE: rt::routes::RouteTable = rt::routes::RouteTable {",
        ],
    );
    it.line(1, &format!("version: {},", str_lit(url_version)));
    if addr.roots.is_empty() {
        it.line(1, "roots: &[],");
    } else {
        it.line(1, "roots: &[");
        for e in &addr.roots {
            let gate = e
                .target
                .map_or_else(|| paths.full_gate_attr(), |t| paths.gate_attr(t));
            it.attr(2, &gate);
            edge(&mut it, 2, model, paths, addr, e);
        }
        it.line(1, "],");
    }
    let mut types: Vec<(&str, usize)> = model
        .types
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t.kind, TypeKind::Entity(_)))
        .map(|(id, t)| (t.qualified.as_str(), id))
        .collect();
    types.sort_by(|a, b| a.0.cmp(b.0));
    if types.is_empty() {
        it.line(1, "types: &[],");
    } else {
        it.line(1, "types: &[");
        for (name, id) in types {
            let TypeKind::Entity(s) = &model.types[id].kind else {
                continue;
            };
            it.attr(2, &paths.gate_attr(id));
            it.line(2, "rt::routes::TypeRoutes {");
            it.line(3, &format!("name: {},", str_lit(name)));
            let base = s.base.map(|b| model.types[b].qualified.as_str());
            option_field(&mut it, 3, "base", base);
            it.line(3, &format!("has_stream: {},", is_media(model, id)));
            let declared = addr.declared.get(&id).map_or(&[][..], |v| &v[..]);
            // OneDrive path addressing, a Graph URL convention: on the listed type itself
            // (derived types find it through `base`).
            let item_path = (paths.conventions == UrlConventions::Graph)
                .then(|| addressing::item_path_type(model, id))
                .flatten()
                .filter(|&(t, _)| t == id)
                .map(|(_, caps)| caps);
            if declared.is_empty() && item_path.is_none() {
                it.line(3, "edges: &[],");
            } else {
                it.line(3, "edges: &[");
                for e in declared {
                    edge(&mut it, 4, model, paths, addr, e);
                }
                if let Some(caps) = item_path {
                    it.line(4, "rt::routes::Edge {");
                    it.line(5, "name: \":\",");
                    it.line(5, "kind: rt::routes::EdgeKind::ItemPath,");
                    it.line(5, &format!("target: {},", str_lit(name)));
                    it.line(5, "collection: false,");
                    it.line(5, &format!("caps: {caps}u16,"));
                    it.line(5, &format!("body: {NONE},"));
                    it.line(5, "params: &[],");
                    it.line(4, "},");
                }
                it.line(3, "],");
            }
            it.line(2, "},");
        }
        it.line(1, "],");
    }
    it.line(0, "};");
    it.finish()
}
