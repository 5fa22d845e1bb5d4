//! The pipeline on the real Graph metadata: resolved counts, documentation
//! carried over, deterministic output, and atomic writes.

use crate::metadata_dir;
use msgraph_codegen::csdl::ast::AnnotationValue;
use msgraph_codegen::model::{Model, TypeKind};
use msgraph_codegen::pipeline::{load_file, models_files};
use msgraph_codegen::sources::Sources;

fn model(file: &str) -> Model {
    load_file(&metadata_dir().join(file)).unwrap_or_else(|e| panic!("{e:#}"))
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
        let doc = msgraph_codegen::csdl::read_csdl(&bytes, file).unwrap();
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
                TypeKind::Definition(_) => {}
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
    let root = crate::workspace_root();
    let sources = Sources::load(&root.join("metadata/sources.toml")).unwrap();
    let (a, _, _) = crate::today();
    let (b, _, _) = models_files(&sources, &metadata_dir()).unwrap();
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

/// The split into part crates keeps its point on the real metadata: `a` and `b` are
/// independent (rustc builds them side by side) and each holds a large share of the
/// types, `top` (the big cycle and what refers to it) and `base` stay small, `ops` (no
/// types; the route table and most action parameters) does not wait for `top`, and no
/// type refers to a crate outside its crate's dependencies. A schema change that
/// collapses the parallelism fails here rather than silently in build times.
#[test]
fn part_crates_split_the_real_metadata_for_a_parallel_build() {
    use msgraph_codegen::model::partition::{compute, references};
    for file in ["v1.0.xml", "beta.xml"] {
        let m = model(file);
        let p = compute(&m, msgraph_codegen::emit::output::PARTS);
        let names: Vec<&str> = p.crates.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["base", "a", "b", "top", "ops"], "{file}");
        assert_eq!(p.crates[1].deps, [0], "{file}: a depends on base only");
        assert_eq!(p.crates[2].deps, [0], "{file}: b depends on base only");
        assert_eq!(
            p.crates[4].deps,
            [0, 1, 2],
            "{file}: ops is built beside top"
        );
        assert_eq!(p.ops, Some(4), "{file}");
        let n = m.types.len();
        let share = |c: usize| p.of_type.iter().filter(|&&x| x == c).count() * 100 / n;
        for (c, name) in names.iter().enumerate() {
            println!("{file}: {name} holds {} % of the types", share(c));
        }
        assert!(
            share(1) >= 30 && share(2) >= 30,
            "{file}: a and b unbalanced"
        );
        assert!(
            share(0) <= 15 && share(3) <= 15,
            "{file}: base or top too large"
        );
        if let Some((t, r)) = p.reference_outside_deps(&references(&m)) {
            panic!(
                "{file}: {} refers to {} outside its crate's dependencies",
                m.types[t].qualified, m.types[r].qualified
            );
        }
    }
}
