//! Every CSDL type of both versions has its generated Rust type: the
//! generated registries are compared, name by name and kind by kind, with
//! what the CSDL reader finds in the pinned metadata files.

use crate::metadata_dir;
use msgraph_core::TypeKind;
use std::collections::BTreeSet;

fn csdl_names(file: &str) -> [BTreeSet<String>; 3] {
    let path = metadata_dir().join(file);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc = msgraph_codegen::csdl::read_csdl(&bytes, file).expect("real metadata reads");
    let mut out: [BTreeSet<String>; 3] = Default::default();
    for s in &doc.schemas {
        let q = |n: &str| format!("{}.{n}", s.namespace);
        out[0].extend(s.entity_types.iter().map(|t| q(&t.name)));
        out[1].extend(s.complex_types.iter().map(|t| q(&t.name)));
        out[2].extend(s.enum_types.iter().map(|t| q(&t.name)));
    }
    out
}

fn registry_names(types: &[msgraph_core::TypeEntry]) -> [BTreeSet<String>; 3] {
    let mut out: [BTreeSet<String>; 3] = Default::default();
    for t in types {
        let i = match t.kind {
            TypeKind::Entity => 0,
            TypeKind::Complex => 1,
            TypeKind::Enum => 2,
            // Action parameters are not CSDL types (see `request_lines.rs`, `requests.rs`).
            TypeKind::Parameters => continue,
        };
        out[i].insert(t.name.to_string());
    }
    out
}

fn check(file: &str, types: &[msgraph_core::TypeEntry], expected: [usize; 3]) {
    let csdl = csdl_names(file);
    let generated = registry_names(types);
    for (i, kind) in ["entity", "complex", "enum"].iter().enumerate() {
        assert_eq!(
            csdl[i].len(),
            expected[i],
            "{file}: {kind} types in the CSDL"
        );
        let missing: Vec<_> = csdl[i].difference(&generated[i]).collect();
        let extra: Vec<_> = generated[i].difference(&csdl[i]).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{file} {kind}: missing {missing:?}, extra {extra:?}"
        );
    }
    println!(
        "{file}: {} entity, {} complex, {} enum types generated",
        generated[0].len(),
        generated[1].len(),
        generated[2].len()
    );
}

#[test]
fn v1_has_every_csdl_type() {
    check(
        "v1.0.xml",
        msgraph_models::v1::registry::TYPES,
        [1182, 1780, 861],
    );
}

#[test]
fn beta_has_every_csdl_type() {
    check(
        "beta.xml",
        msgraph_models::beta::registry::TYPES,
        [1309, 1250, 860],
    );
}

#[test]
fn registry_lookup_round_trips_by_name() {
    let entry =
        msgraph_models::v1::registry::lookup("#microsoft.graph.mediaConfig").expect("registered");
    let json = r##"{"@odata.type":"#microsoft.graph.appHostedMediaConfig","blob":"x"}"##;
    let back = entry.roundtrip(json).expect("valid payload");
    assert_eq!(
        back,
        serde_json::from_str::<serde_json::Value>(json).unwrap()
    );
    assert!(msgraph_models::v1::registry::lookup("microsoft.graph.noSuchType").is_none());
    let err = entry
        .roundtrip(r##"{"@odata.type":"#microsoft.graph.appHostedMediaConfig","blob":5}"##)
        .unwrap_err();
    assert!(
        err.to_string().contains("$.blob") && err.to_string().contains("string"),
        "{err}"
    );
}
