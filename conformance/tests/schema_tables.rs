//! The schema tables compiled into the kit (`msgraph_models::{v1,beta}::schema`) say
//! exactly what the CSDL says: the kit's `Schema` is built from the tables and, a second
//! way, from the pinned metadata files read and resolved by the generator (an independent
//! walk over the model, the one the kit used before the tables existed); the two must be
//! equal for both versions, so tables that drift from the CSDL fail here.

use crate::metadata_dir;
use msgraph_codegen::model::{self, Target, TypeKind};
use msgraph_conformance::Version;
use msgraph_conformance::schema::{Enum, PropType, Schema, Structured};
use std::collections::HashSet;

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
    let tables = Schema::of(version);
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
