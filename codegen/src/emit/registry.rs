//! The per-version type registry: every generated type by qualified CSDL
//! name, with its kind and a JSON round-trip function (polymorphic when the
//! type has derived types). Tools such as the conformance kit look types up
//! here. Written as text, as prettyplease prints it.

use super::rust_type::Paths;
use super::text::{self, str_lit};
use crate::model::addressing::{Addressing, params_registry_name};
use crate::model::{Model, Target, TypeKind};

/// One entry of `TYPES`: qualified name, gate, kind and Rust type.
struct Entry {
    name: String,
    gate: String,
    kind: &'static str,
    rust: String,
}

/// `registry.rs` of one version, as text.
pub fn emit(model: &Model, paths: &Paths, addr: &Addressing) -> Result<String, syn::Error> {
    let mut entries: Vec<Entry> = model
        .types
        .iter()
        .enumerate()
        .filter_map(|(id, t)| {
            let kind = match &t.kind {
                // A type definition is read and written as its underlying type.
                TypeKind::Definition(_) => return None,
                TypeKind::Entity(_) => "rt::TypeKind::Entity",
                TypeKind::Complex(_) => "rt::TypeKind::Complex",
                TypeKind::Enum(_) => "rt::TypeKind::Enum",
            };
            // The polymorphic enum of a type with derived types, `rt::Flags<..>` of a
            // flags enum.
            let rust = paths.value_type_text(model, Target::Type(id), false);
            Some(Entry {
                name: t.qualified.clone(),
                gate: paths.gate_attr(id),
                kind,
                rust,
            })
        })
        .collect();
    let root = paths.root_text();
    for (&op, rust) in &addr.params_struct {
        let gate = super::requests::binding_type(model, op)
            .map_or_else(|| paths.full_gate_attr(), |b| paths.gate_attr(b));
        entries.push(Entry {
            name: params_registry_name(model, op),
            gate,
            kind: "rt::TypeKind::Parameters",
            rust: format!("{root}::params::{rust}"),
        });
    }
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    let mut it = text::file_head(
        "Every type of this version by qualified CSDL name (sorted), for tools that pick a type at run time.",
    );
    it.lines(
        0,
        &[
            "/// All entity, complex and enum types, and the parameters of actions",
            "/// (`microsoft.graph.answer(microsoft.graph.call)`), sorted by name.",
        ],
    );
    if entries.is_empty() {
        it.line(0, "pub static TYPES: &[rt::TypeEntry] = &[];");
    } else {
        it.line(0, "pub static TYPES: &[rt::TypeEntry] = &[");
        for e in &entries {
            it.attr(1, &e.gate);
            it.line(1, "rt::TypeEntry {");
            it.line(2, &format!("name: {},", str_lit(&e.name)));
            it.line(2, &format!("kind: {},", e.kind));
            it.line(2, &format!("rust_name: {},", str_lit(&e.rust)));
            it.entry_generic_field("parse", "rt::parse_boxed", &e.rust);
            it.line(1, "},");
        }
        it.line(0, "];");
    }
    it.lines(
        0,
        &[
            "/// Look a type up by qualified name (`microsoft.graph.call`), with or without a leading `#`.",
            "pub fn lookup(name: &str) -> ::std::option::Option<&'static rt::TypeEntry> {",
            "    let name = name.strip_prefix('#').unwrap_or(name);",
            "    TYPES.binary_search_by(|e| e.name.cmp(name)).ok().map(|i| &TYPES[i])",
            "}",
        ],
    );
    it.finish()
}
