//! Snapshot tests of emitted code: one small hand-written CSDL fixture per
//! construct (tests/fixtures/*.xml), one insta snapshot of the generated
//! standalone crate per fixture.

use msgraph_codegen::emit::output::{RuntimeDep, standalone_crate};
use msgraph_codegen::emit::rust_type::UrlConventions;
use msgraph_codegen::pipeline::load_file;
use std::path::Path;

fn emit_fixture(name: &str) -> String {
    // The Graph fixtures keep Graph's addressing; `odata_v4` is a generic service.
    let conventions = if name == "odata_v4" {
        UrlConventions::Odata
    } else {
        UrlConventions::Graph
    };
    emit_fixture_with(name, conventions)
}

fn emit_fixture_with(name: &str, conventions: UrlConventions) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.xml"));
    let model = load_file(&path).unwrap_or_else(|e| panic!("{name}: {e:#}"));
    let files = standalone_crate(
        &model,
        "fixture",
        &format!("{name}.xml"),
        &RuntimeDep::Path("../runtime".into()),
        conventions,
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut out = String::new();
    for f in files {
        out.push_str(&format!("==> {} <==\n{}\n", f.path.display(), f.contents));
    }
    out
}

macro_rules! fixture_tests {
    ($($name:ident),* $(,)?) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), emit_fixture(stringify!($name)));
        }
    )*};
}

fixture_tests!(
    entity_basic,
    inheritance,
    enums,
    names,
    namespaces,
    navigation,
    annotations,
    requests,
    odata_v4,
    drive_items
);

/// OneDrive path addressing is a Graph URL convention: the same CSDL under the OData
/// conventions gets neither the builder method nor the route edge.
#[test]
fn drive_item_paths_only_under_graph_conventions() {
    let graph = emit_fixture_with("drive_items", UrlConventions::Graph);
    let odata = emit_fixture_with("drive_items", UrlConventions::Odata);
    // Once, on `DriveItemPath`: the derived `specialDriveItem` adds no builders, so it
    // shares that trait.
    assert_eq!(graph.matches("pub fn item_with_path(").count(), 1);
    assert!(graph.contains("SpecialDriveItem via path_types::DriveItemPath"));
    assert_eq!(graph.matches("EdgeKind::ItemPath").count(), 1);
    assert!(!odata.contains("item_with_path") && !odata.contains("EdgeKind::ItemPath"));
}

/// A derived entity type that adds no builders shares its nearest ancestor's builder
/// trait, also two levels down; one that declares a navigation property has a trait of its
/// own with the inherited builders too; one without any builder has none.
#[test]
fn entity_types_that_add_no_builders_share_their_ancestors_trait() {
    let out = emit_fixture("requests");
    for line in [
        "entity_path!(CallPath, AnyCall);",
        "entity_path!(AnyGroupCall via path_types::CallPath);",
        "entity_path!(ScheduledGroupCall via path_types::CallPath);",
        "entity_path!(RecordedCallPath, RecordedCall);",
        "entity_path!(Participant plain);",
        "impl dyn crate::requests::CallPath {",
        "impl dyn crate::requests::RecordedCallPath {",
    ] {
        assert!(out.contains(line), "missing: {line}");
    }
    // The recorded call's own trait has its navigation property and the inherited
    // builders; the types sharing a trait get no `impl` of their own.
    let own = &out[out
        .find("impl dyn crate::requests::RecordedCallPath {")
        .unwrap()..];
    let own = &own[..own.find("\n}\n").unwrap()];
    for m in [
        "pub fn recorded_by(",
        "pub fn participants(",
        "pub fn answer(",
    ] {
        assert!(own.contains(m), "missing in RecordedCallPath: {m}");
    }
    assert!(!out.contains("GroupCallPath"));
}

#[test]
fn emission_is_deterministic() {
    for name in ["inheritance", "namespaces", "enums"] {
        assert_eq!(emit_fixture(name), emit_fixture(name), "{name}");
    }
}
