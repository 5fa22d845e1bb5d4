//! The pipeline on the real Graph metadata: resolved counts, documentation
//! carried over, deterministic output, and atomic writes.

use std::path::{Path, PathBuf};
use xtask::csdl::ast::AnnotationValue;
use xtask::model::{Model, TypeKind};
use xtask::pipeline::{Stages, load_file, models_files};
use xtask::sources::Sources;

fn metadata_dir() -> PathBuf {
    match std::env::var_os("GRAPH_METADATA_DIR").filter(|d| !d.is_empty()) {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/metadata"),
    }
}

fn model(file: &str) -> Model {
    load_file(&metadata_dir().join(file), &mut Stages::default())
        .unwrap_or_else(|e| panic!("{e:#}"))
}

fn counts(m: &Model) -> [usize; 3] {
    [
        m.count(|k| matches!(k, TypeKind::Entity(_))),
        m.count(|k| matches!(k, TypeKind::Complex(_))),
        m.count(|k| matches!(k, TypeKind::Enum(_))),
    ]
}

#[test]
fn resolved_type_counts_match_the_metadata() {
    assert_eq!(counts(&model("v1.0.xml")), [1182, 1780, 861]);
    assert_eq!(counts(&model("beta.xml")), [1309, 1250, 860]);
}

/// Every Core.Description in the document lands on a model item (type,
/// property, enum member, operation, entity set or singleton).
#[test]
fn every_description_reaches_the_model() {
    for file in ["v1.0.xml", "beta.xml"] {
        let bytes = std::fs::read(metadata_dir().join(file)).unwrap();
        let doc = xtask::csdl::read_csdl(&bytes, file).unwrap();
        let is_desc = |t: &str| t.ends_with("Core.V1.Description");
        let mut targets = std::collections::BTreeSet::new();
        for s in &doc.schemas {
            for b in &s.annotations {
                if b.annotations
                    .iter()
                    .any(|a| is_desc(&a.term) && matches!(a.value, AnnotationValue::String(_)))
                {
                    targets.insert(b.target.clone());
                }
            }
        }
        let m = model(file);
        let mut documented = 0;
        for t in &m.types {
            documented += usize::from(t.docs.description.is_some());
            match &t.kind {
                TypeKind::Entity(s) | TypeKind::Complex(s) => {
                    let own = s
                        .properties
                        .iter()
                        .filter(|p| m.types[p.declared_in].qualified == t.qualified);
                    documented += own.filter(|p| p.docs.description.is_some()).count();
                }
                TypeKind::Enum(e) => {
                    documented += e
                        .members
                        .iter()
                        .filter(|x| x.docs.description.is_some())
                        .count()
                }
            }
        }
        documented += m
            .operations
            .iter()
            .filter(|o| o.docs.description.is_some())
            .count();
        if let Some(c) = &m.container {
            documented += c
                .entity_sets
                .iter()
                .chain(&c.singletons)
                .filter(|e| e.docs.description.is_some())
                .count();
        }
        // Operation overloads share a description target, so the model may carry more.
        assert!(
            documented >= targets.len(),
            "{file}: {documented} documented items for {} description targets",
            targets.len()
        );
        println!(
            "{file}: {} description targets, {documented} documented model items",
            targets.len()
        );
    }
}

#[test]
fn codegen_output_is_deterministic() {
    let root = xtask::pipeline::workspace_root();
    let sources = Sources::load(&root.join("metadata/sources.toml")).unwrap();
    let (a, _) = models_files(&sources, &metadata_dir(), &mut Stages::default()).unwrap();
    let (b, _) = models_files(&sources, &metadata_dir(), &mut Stages::default()).unwrap();
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.path, y.path);
        assert!(
            x.contents == y.contents,
            "{} differs between two runs",
            x.path.display()
        );
    }
}
