//! One insta snapshot per documented example (docs pages and seed pages):
//! outcome, findings, round-tripped JSON (`tests/snapshots/examples/`), plus
//! the summary snapshot (outcomes per version and per page, findings per
//! kind); for the docs-2021 sample, its outcome and finding tables. `cargo insta
//! review` accepts changes.
//!
//! Inputs: `$GRAPH_DOCS_DIR`, `$GRAPH_SEEDS_DIR` and `$GRAPH_DOCS_2021_DIR`, default
//! `../shared/docs`, `../shared/seeds` and `../shared/docs-2021` next to the
//! workspace root.

use msgraph_conformance::example::Example;
use msgraph_conformance::harvest::{harvest_docs, harvest_seeds};
use msgraph_conformance::run::{self, Checked, Outcome};
use msgraph_conformance::schema::Schemas;
use msgraph_conformance::summary::Summary;
use msgraph_conformance::{Kind, default_dir, report};
use std::collections::HashSet;
use std::path::Path;

#[test]
fn every_example_snapshot_and_summary() {
    let mut h = harvest_docs(&default_dir("GRAPH_DOCS_DIR", "docs")).expect("docs folder");
    h.extend(harvest_seeds(&default_dir("GRAPH_SEEDS_DIR", "seeds")).expect("seeds folder"));
    let results = checked(&h.examples, 250);

    let names: HashSet<&str> = h.examples.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names.len(), h.examples.len(), "example names are unique");

    for (e, c) in h.examples.iter().zip(&results) {
        insta::with_settings!({
            snapshot_path => "snapshots/examples",
            prepend_module_to_snapshot => false,
            omit_expression => true,
            description => format!("{}:{}", e.file, e.line),
        }, {
            insta::assert_snapshot!(e.name.as_str(), report::render(e, c));
        });
    }

    let summary = Summary::new(h.examples.iter().zip(&results));
    assert_eq!(summary.count(Outcome::Lossy), 0);
    let text = format!(
        "{}\n{}\n{}",
        summary.outcome_table(),
        summary.findings_table(),
        summary.page_table()
    );
    insta::assert_snapshot!("summary", text);

    // No snapshot left for an example that no longer exists (only when the
    // default inputs are used, whose snapshots these are).
    if std::env::var_os("GRAPH_DOCS_DIR").is_none() && std::env::var_os("GRAPH_SEEDS_DIR").is_none()
    {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/examples");
        let stale: Vec<String> = std::fs::read_dir(&dir)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|f| f.strip_suffix(".snap").is_some_and(|n| !names.contains(n)))
                    .collect()
            })
            .unwrap_or_default();
        assert!(stale.is_empty(), "stale snapshots (delete them): {stale:?}");
    }
}

/// The 2021 sample of every area of Graph (`$GRAPH_DOCS_2021_DIR`, default
/// `../shared/docs-2021`): no schema-valid body loses anything, every other outcome is
/// explained, and the outcome and finding tables are a snapshot (per-example snapshots
/// are kept for `docs` and the seeds only), so a change to what the kit decides on any
/// of the 556 examples shows in review.
#[test]
fn docs_2021_outcomes_and_findings() {
    let h = harvest_docs(&default_dir("GRAPH_DOCS_2021_DIR", "docs-2021")).expect("docs-2021");
    let results = checked(&h.examples, 500);
    let summary = Summary::new(h.examples.iter().zip(&results));
    let text = format!("{}\n{}", summary.outcome_table(), summary.findings_table());
    insta::assert_snapshot!("docs_2021_summary", text);
}

/// Each of `examples` (more than `at_least` of them) checked, every outcome asserted as
/// [`assert_explained`] says.
fn checked(examples: &[Example], at_least: usize) -> Vec<Checked> {
    assert!(
        examples.len() > at_least,
        "only {} examples harvested",
        examples.len()
    );
    let schemas = Schemas::new();
    let results: Vec<Checked> = examples.iter().map(|e| run::run(e, &schemas)).collect();
    for (e, c) in examples.iter().zip(&results) {
        assert_explained(e, c);
    }
    results
}

/// What every outcome must be: no schema-valid body lossy; anything but lossless (or a
/// template, whose names all matched) explained by a finding; lossless meaning typed (or
/// a `$ref` body, `{"@odata.id": ...}`, which has no type), round-tripped, every name
/// known or dynamic.
fn assert_explained(e: &Example, c: &Checked) {
    assert_ne!(c.outcome, Outcome::Lossy, "{}: {:?}", e.name, c.findings);
    if !matches!(c.outcome, Outcome::Lossless | Outcome::ResourceTemplate) {
        assert!(
            !c.findings.is_empty(),
            "{} is {:?} without findings",
            e.name,
            c.outcome
        );
    }
    if c.outcome == Outcome::Lossless {
        let reference = c
            .json
            .as_ref()
            .and_then(|j| j.as_object())
            .is_some_and(|m| m.len() == 1 && m.contains_key("@odata.id"));
        assert!(
            (c.declared.is_some() || reference) && c.json.is_some(),
            "{}",
            e.name
        );
        assert!(c.findings.iter().all(|f| matches!(
            f.kind,
            Kind::Repair | Kind::DynamicProperty | Kind::BadAnnotation
        )));
    }
}
