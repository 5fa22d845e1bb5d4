//! Snapshot tests of emitted code: one small hand-written CSDL fixture per
//! construct (tests/fixtures/*.xml), one insta snapshot of the generated
//! standalone crate per fixture.

use std::path::Path;
use xtask::emit::output::{RuntimeDep, standalone_crate};
use xtask::emit::rust_type::UrlConventions;
use xtask::pipeline::{Stages, load_file};

fn emit_fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.xml"));
    let model =
        load_file(&path, &mut Stages::default()).unwrap_or_else(|e| panic!("{name}: {e:#}"));
    let (files, _) = standalone_crate(
        &model,
        "fixture",
        &format!("{name}.xml"),
        &RuntimeDep::Path("../runtime".into()),
        // The Graph fixtures keep Graph's addressing; `odata_v4` is a generic service.
        if name == "odata_v4" {
            UrlConventions::Odata
        } else {
            UrlConventions::Graph
        },
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
    odata_v4
);

#[test]
fn emission_is_deterministic() {
    for name in ["inheritance", "namespaces", "enums"] {
        assert_eq!(emit_fixture(name), emit_fixture(name), "{name}");
    }
}
