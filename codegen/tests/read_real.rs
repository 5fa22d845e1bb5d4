//! Reads the real Microsoft Graph metadata files (v1.0 and beta) and checks the
//! element counts measured on them. The directory defaults to
//! `<workspace>/../shared/metadata`; set `GRAPH_METADATA_DIR` to override.

use crate::metadata_dir;
use std::time::Instant;

use msgraph_codegen::csdl::ast::Document;
use msgraph_codegen::csdl::read_csdl;

fn read(name: &str) -> Document {
    let path = metadata_dir().join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let start = Instant::now();
    let doc = read_csdl(&bytes, name).unwrap_or_else(|e| panic!("{e}"));
    eprintln!(
        "read_csdl({name}): {} bytes in {:?}",
        bytes.len(),
        start.elapsed()
    );
    doc
}

#[derive(Debug, Default, PartialEq)]
struct Counts {
    schemas: usize,
    entity_types: usize,
    complex_types: usize,
    enum_types: usize,
    flags_enums: usize,
    actions: usize,
    functions: usize,
    singletons: usize,
    entity_sets: usize,
    annotations_blocks: usize,
}

fn counts(doc: &Document) -> Counts {
    let mut c = Counts {
        schemas: doc.schemas.len(),
        ..Counts::default()
    };
    for s in &doc.schemas {
        c.entity_types += s.entity_types.len();
        c.complex_types += s.complex_types.len();
        c.enum_types += s.enum_types.len();
        c.flags_enums += s.enum_types.iter().filter(|e| e.is_flags).count();
        c.actions += s.actions.len();
        c.functions += s.functions.len();
        c.annotations_blocks += s.annotations.len();
        for container in &s.containers {
            c.singletons += container.singletons.len();
            c.entity_sets += container.entity_sets.len();
        }
    }
    c
}

#[test]
fn reads_v1_0() {
    let doc = read("v1.0.xml");
    assert_eq!(
        counts(&doc),
        Counts {
            schemas: 11,
            entity_types: 1182,
            complex_types: 1780,
            enum_types: 861,
            flags_enums: 64,
            actions: 857,
            functions: 324,
            singletons: 30,
            entity_sets: 40,
            annotations_blocks: 4918,
        }
    );
    let security = doc
        .schemas
        .iter()
        .find(|s| s.namespace == "microsoft.graph.security")
        .expect("security schema");
    assert_eq!(security.alias.as_deref(), Some("self"));
    let graph = &doc.schemas[0];
    assert_eq!(graph.namespace, "microsoft.graph");
    assert_eq!(graph.alias.as_deref(), Some("graph"));
    // The two empty enum stubs are accepted.
    let stub = graph
        .enum_types
        .iter()
        .find(|e| e.name == "auditLogRecordType")
        .expect("auditLogRecordType");
    assert!(stub.members.is_empty());
    // Positions are filled in.
    assert!(
        graph
            .entity_types
            .iter()
            .all(|t| t.pos.line > 1 && t.pos.col > 0)
    );
}

#[test]
fn reads_beta() {
    let c = counts(&read("beta.xml"));
    assert_eq!(c.schemas, 7);
    assert_eq!(c.entity_types, 1309);
    assert_eq!(c.complex_types, 1250);
    assert_eq!(c.enum_types, 860);
    assert_eq!(c.actions, 916);
    assert_eq!(c.functions, 332);
}
