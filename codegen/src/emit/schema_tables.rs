//! The per-version schema tables (`v1::schema`, `beta::schema`, behind the `schema`
//! feature): what a tool needs of the CSDL to walk JSON against it, as static data
//! (`msgraph_core::schema::SchemaTables`), so the conformance kit runs without the CSDL
//! files. Per structured type (entity, complex, and the body of each action with
//! parameters, named as in the registry) its properties with inherited ones (JSON name,
//! element type name, collection), whether it or a base type is open, and its derived
//! types (indices into the same table); per enum its members, flags and whether it has
//! `unknownFutureValue`; the simple names of every operation; the entity sets and
//! singletons.
//!
//! Names, bools and indices only, no function per type, and no area gates (the tables name
//! types, they do not use them): cheap to compile, and the whole version whatever areas
//! are enabled. Structured and enum types are sorted by name (binary search), properties
//! and members in declaration order. The file is written as text, one row per line (the
//! formatter would spread each row over five), and is not formatted by rustfmt (the
//! version modules are `#[rustfmt::skip]`).

use crate::model::addressing::params_registry_name;
use crate::model::{Model, Target, TypeKind, TypeRef};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// One structured row before it is written: open flag, properties, derived type names.
struct Row {
    open: bool,
    properties: Vec<(String, String, bool)>,
    derived: Vec<String>,
}

/// An enum row: flags, evolvable, members.
struct EnumRow<'a> {
    flags: bool,
    evolvable: bool,
    members: Vec<&'a str>,
}

/// A property's element type name (`Edm.String`, `microsoft.graph.call`) and collection-ness.
fn type_of(model: &Model, ty: &TypeRef) -> (String, bool) {
    let name = match ty.target {
        Target::Prim(e) => e.name().to_string(),
        Target::Type(id) => model.types[id].qualified.clone(),
    };
    (name, ty.collection)
}

/// A Rust string literal (Debug escapes are Rust escapes).
fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// `schema.rs` of one version.
pub fn emit(model: &Model) -> String {
    let mut structured: BTreeMap<String, Row> = BTreeMap::new();
    let mut enums: BTreeMap<&str, EnumRow> = BTreeMap::new();
    for t in &model.types {
        match &t.kind {
            TypeKind::Entity(st) | TypeKind::Complex(st) => {
                // Open-ness is inherited.
                let mut open = st.open_type;
                let mut base = st.base;
                while let Some(b) = base {
                    let bs = model.types[b].structured();
                    open |= bs.is_some_and(|b| b.open_type);
                    base = bs.and_then(|b| b.base);
                }
                let properties = st
                    .properties
                    .iter()
                    .map(|p| {
                        let (ty, coll) = type_of(model, &p.ty);
                        (p.name.clone(), ty, coll)
                    })
                    .collect();
                let derived = st
                    .derived
                    .iter()
                    .map(|&d| model.types[d].qualified.clone())
                    .collect();
                structured.insert(
                    t.qualified.clone(),
                    Row {
                        open,
                        properties,
                        derived,
                    },
                );
            }
            TypeKind::Enum(e) => {
                let members: Vec<&str> = e.members.iter().map(|m| m.name.as_str()).collect();
                enums.insert(
                    &t.qualified,
                    EnumRow {
                        flags: e.is_flags,
                        evolvable: members.contains(&"unknownFutureValue"),
                        members,
                    },
                );
            }
            // Values of a type definition are its primitive's.
            TypeKind::Definition(_) => {}
        }
    }
    // The body of an action (its non-binding parameters) is a closed structured type.
    for (i, o) in model.operations.iter().enumerate() {
        let skip = usize::from(o.is_bound);
        if !o.is_action || o.parameters.len() <= skip {
            continue;
        }
        let properties = o.parameters[skip..]
            .iter()
            .map(|p| {
                let (ty, coll) = type_of(model, &p.ty);
                (p.name.clone(), ty, coll)
            })
            .collect();
        structured.insert(
            params_registry_name(model, i),
            Row {
                open: false,
                properties,
                derived: Vec::new(),
            },
        );
    }
    let index: BTreeMap<&str, usize> = structured
        .keys()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let mut operations: Vec<&str> = model.operations.iter().map(|o| o.name.as_str()).collect();
    operations.sort_unstable();
    operations.dedup();
    let mut roots: Vec<&str> = model
        .container
        .iter()
        .flat_map(|c| c.entity_sets.iter().chain(&c.singletons))
        .map(|e| e.name.as_str())
        .collect();
    roots.sort_unstable();
    roots.dedup();

    let mut out = String::from(
        "//! The schema of this version as static tables (`msgraph_core::schema`): properties of\n\
//! every structured type and action body, enum members, derived types, operations and\n\
//! entity sets, for tools that walk JSON against the schema without the CSDL. Generated by\n\
//! `cargo xtask codegen` (`codegen/src/emit/schema_tables.rs`). Do not edit.\n\
use ::msgraph_core::schema::{EnumType as E, Property as P, SchemaTables, StructuredType as S};\n\
/// This version's schema tables.\n\
pub static SCHEMA: SchemaTables = SchemaTables {\n    \
structured: STRUCTURED,\n    \
enums: ENUMS,\n    \
operations: OPERATIONS,\n    \
roots: ROOTS,\n\
};\n\
/// Entity and complex types and action bodies, sorted by name.\n\
const STRUCTURED: &[S] = &[",
    );
    if !structured.is_empty() {
        out.push('\n');
    }
    for (name, r) in &structured {
        let derived: Vec<String> = r
            .derived
            .iter()
            .map(|d| index[d.as_str()].to_string())
            .collect();
        let _ = write!(
            out,
            "    S {{ name: {}, open: {}, derived: &[{}], properties: &[",
            lit(name),
            r.open,
            derived.join(", ")
        );
        if r.properties.is_empty() {
            out.push_str("] },\n");
            continue;
        }
        out.push('\n');
        for (n, ty, coll) in &r.properties {
            let _ = writeln!(
                out,
                "        P {{ name: {}, ty: {}, collection: {coll} }},",
                lit(n),
                lit(ty)
            );
        }
        out.push_str("    ] },\n");
    }
    out.push_str("];\n");
    let enums: Vec<String> = enums
        .iter()
        .map(|(name, e)| {
            let members: Vec<String> = e.members.iter().map(|m| lit(m)).collect();
            format!(
                "E {{ name: {}, flags: {}, evolvable: {}, members: &[{}] }}",
                lit(name),
                e.flags,
                e.evolvable,
                members.join(", ")
            )
        })
        .collect();
    let lits = |items: &[&str]| items.iter().map(|s| lit(s)).collect::<Vec<String>>();
    let tables = [
        ("Enum types, sorted by name.", "ENUMS: &[E]", enums),
        (
            "Action and function names, sorted.",
            "OPERATIONS: &[&str]",
            lits(&operations),
        ),
        (
            "Entity sets and singletons, sorted.",
            "ROOTS: &[&str]",
            lits(&roots),
        ),
    ];
    for (doc, decl, rows) in tables {
        let _ = write!(out, "/// {doc}\nconst {decl} = &[");
        if !rows.is_empty() {
            out.push('\n');
            for r in rows {
                let _ = writeln!(out, "    {r},");
            }
        }
        out.push_str("];\n");
    }
    out
}
