//! The schema tables compiled into the kit (`msgraph_models::{v1,beta}::schema`) say
//! exactly what the CSDL says: a plain string-keyed copy is built from the tables and, a
//! second way, from the pinned metadata files read and resolved by the generator (an
//! independent walk over the model); the two must be equal for both versions, so tables
//! that drift from the CSDL fail here.

use crate::metadata_dir;
use msgraph_codegen::model::{self, Target, TypeKind};
use msgraph_conformance::Version;
use msgraph_conformance::schema::PropType;
use msgraph_core::schema::SchemaTables;
use std::collections::{HashMap, HashSet};

/// A structured type, string-keyed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Structured {
    properties: HashMap<String, PropType>,
    open: bool,
    derived: HashSet<String>,
}

/// An enum type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Enum {
    members: Vec<String>,
    flags: bool,
    evolvable: bool,
}

/// One version's schema, string-keyed.
#[derive(Debug, Default, PartialEq, Eq)]
struct Schema {
    version: Option<Version>,
    structured: HashMap<String, Structured>,
    enums: HashMap<String, Enum>,
    operations: HashSet<String>,
    roots: HashSet<String>,
}

/// The schema the tables hold.
fn from_tables(t: &SchemaTables, version: Version) -> Schema {
    let structured = t
        .structured
        .iter()
        .map(|st| {
            let properties = st
                .properties
                .iter()
                .map(|p| (p.name.to_string(), PropType::of(p)))
                .collect();
            let derived = t.derived(st).map(|d| d.name.to_string()).collect();
            let s = Structured {
                properties,
                open: st.open,
                derived,
            };
            (st.name.to_string(), s)
        })
        .collect();
    let enums = t
        .enums
        .iter()
        .map(|e| {
            let en = Enum {
                members: e.members.iter().map(|m| m.to_string()).collect(),
                flags: e.flags,
                evolvable: e.evolvable,
            };
            (e.name.to_string(), en)
        })
        .collect();
    Schema {
        version: Some(version),
        structured,
        enums,
        operations: t.operations.iter().map(|o| o.to_string()).collect(),
        roots: t.roots.iter().map(|r| r.to_string()).collect(),
    }
}

/// The schema of a resolved model.
fn from_model(m: &model::Model, version: Version) -> Schema {
    let mut s = Schema {
        version: Some(version),
        ..Schema::default()
    };
    let prop = |ty: &model::TypeRef| {
        let (name, untyped) = match ty.target {
            Target::Prim(e) => (e.name().to_string(), e == model::Edm::Untyped),
            Target::Type(id) => (m.types[id].qualified.clone(), false),
        };
        PropType {
            collection: ty.collection,
            name,
            untyped,
        }
    };
    for t in &m.types {
        match &t.kind {
            TypeKind::Entity(st) | TypeKind::Complex(st) => {
                let properties = st
                    .properties
                    .iter()
                    .map(|p| (p.name.clone(), prop(&p.ty)))
                    .collect();
                let derived = st
                    .derived
                    .iter()
                    .map(|&d| m.types[d].qualified.clone())
                    .collect();
                // Open-ness is inherited.
                let mut open = st.open_type;
                let mut base = st.base;
                while let Some(b) = base {
                    let bs = m.types[b].structured();
                    open |= bs.is_some_and(|b| b.open_type);
                    base = bs.and_then(|b| b.base);
                }
                s.structured.insert(
                    t.qualified.clone(),
                    Structured {
                        properties,
                        open,
                        derived,
                    },
                );
            }
            TypeKind::Enum(e) => {
                let members: Vec<String> = e.members.iter().map(|m| m.name.clone()).collect();
                s.enums.insert(
                    t.qualified.clone(),
                    Enum {
                        evolvable: members.iter().any(|m| m == "unknownFutureValue"),
                        members,
                        flags: e.is_flags,
                    },
                );
            }
            TypeKind::Definition(_) => {}
        }
    }
    s.operations = m.operations.iter().map(|o| o.name.clone()).collect();
    // Action bodies: closed structured types named as in the registry, one per overload.
    for (i, o) in m.operations.iter().enumerate() {
        let skip = usize::from(o.is_bound);
        if !o.is_action || o.parameters.len() <= skip {
            continue;
        }
        let properties = o.parameters[skip..]
            .iter()
            .map(|p| (p.name.clone(), prop(&p.ty)))
            .collect();
        s.structured.insert(
            msgraph_codegen::model::addressing::params_registry_name(m, i),
            Structured {
                properties,
                open: false,
                derived: HashSet::new(),
            },
        );
    }
    if let Some(c) = &m.container {
        s.roots = c
            .entity_sets
            .iter()
            .chain(&c.singletons)
            .map(|e| e.name.clone())
            .collect();
    }
    s
}

fn compare(version: Version, file: &str) {
    let path = metadata_dir().join(file);
    let m = msgraph_codegen::pipeline::load_file(&path)
        .unwrap_or_else(|e| panic!("{}: {e:#}", path.display()));
    let csdl = from_model(&m, version);
    let compiled = msgraph_conformance::schema::Schema::of(version);
    let tables = from_tables(compiled.tables(), version);
    // Per type first, so a failure names the type rather than printing two schemas.
    for (name, t) in &csdl.structured {
        assert_eq!(tables.structured.get(name), Some(t), "{version} {name}");
    }
    for (name, e) in &csdl.enums {
        assert_eq!(tables.enums.get(name), Some(e), "{version} {name}");
    }
    assert_eq!(tables.structured.len(), csdl.structured.len(), "{version}");
    assert_eq!(tables.enums.len(), csdl.enums.len(), "{version}");
    assert_eq!(tables.operations, csdl.operations, "{version}");
    assert_eq!(tables.roots, csdl.roots, "{version}");
    assert!(tables == csdl, "{version}");
    // Not vacuous.
    assert!(tables.structured.len() > 2000 && tables.enums.len() > 500);
    assert!(tables.structured.values().any(|s| s.open));
    assert!(tables.structured.values().any(|s| !s.derived.is_empty()));
    assert!(tables.enums.values().any(|e| e.flags));
}

#[test]
fn v1_tables_equal_the_csdl() {
    compare(Version::V1, "v1.0.xml");
}

#[test]
fn beta_tables_equal_the_csdl() {
    compare(Version::Beta, "beta.xml");
}
