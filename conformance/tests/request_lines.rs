//! Every HTTP request line in the Graph docs (`../shared/docs/*/api/*.md`) and in the seed
//! pages (`../shared/seeds/*.txt`) is resolved through the generated route table of its
//! version: it must match a route with the same method and path template, or be listed
//! (snapshot `request_lines__unresolved`) with its reason. Lines addressed to a bot's own
//! callback URL (notifications) are not Graph requests and are counted apart.

use msgraph_core::routes::{RouteTable, Unresolved};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use xtask::model::{Model, TypeKind};

fn shared(name: &str) -> PathBuf {
    let env = format!("GRAPH_{}_DIR", name.to_ascii_uppercase());
    std::env::var_os(env).map(PathBuf::from).unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../shared")
            .join(name)
    })
}

struct Line {
    source: String,
    version: &'static str,
    method: String,
    target: String,
}

const METHODS: &[&str] = &["GET", "POST", "PATCH", "PUT", "DELETE"];

fn request_line(text: &str) -> Option<(String, String)> {
    let mut parts = text.split_whitespace();
    let method = parts.next()?;
    let target = parts.next()?;
    (METHODS.contains(&method) && (target.starts_with('/') || target.starts_with("http")))
        .then(|| (method.to_string(), target.to_string()))
}

fn version_of_url(url: &str) -> Option<&'static str> {
    if url.contains("graph.microsoft.com/beta") {
        Some("beta")
    } else if url.contains("graph.microsoft.com/v1.0") {
        Some("v1.0")
    } else {
        None
    }
}

fn harvest() -> Vec<Line> {
    let mut out = Vec::new();
    let docs = shared("docs");
    for version in ["v1.0", "beta"] {
        let dir = docs.join(version).join("api");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("dir entry").path())
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).expect("read doc page");
            for (i, l) in text.lines().enumerate() {
                if let Some((method, target)) = request_line(l.trim()) {
                    out.push(Line {
                        source: format!("docs/{version}/api/{}:{}", file_name(&f), i + 1),
                        version,
                        method,
                        target,
                    });
                }
            }
        }
    }
    let seeds = shared("seeds");
    let mut files: Vec<_> = std::fs::read_dir(&seeds)
        .unwrap_or_else(|e| panic!("{}: {e}", seeds.display()))
        .map(|e| e.expect("dir entry").path())
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read seed page");
        // A seed page's version: the Graph URLs it shows (beta if any says so).
        let page_version = if text.contains("graph.microsoft.com/beta") {
            "beta"
        } else {
            "v1.0"
        };
        for (i, l) in text.lines().enumerate() {
            if let Some((method, target)) = request_line(l.trim()) {
                out.push(Line {
                    source: format!("seeds/{}:{}", file_name(&f), i + 1),
                    version: version_of_url(&target).unwrap_or(page_version),
                    method,
                    target,
                });
            }
        }
    }
    out
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn table(version: &str) -> &'static RouteTable {
    match version {
        "beta" => &msgraph_models::beta::routes::TABLE,
        _ => &msgraph_models::v1::routes::TABLE,
    }
}

/// `/communications/calls/57dab8b1-.../participants/{id}/mute` -> `/communications/calls/{}/participants/{}/mute`.
fn normalized(template: &str) -> String {
    template
        .split('/')
        .map(|s| {
            if s.starts_with('{') && s.ends_with('}') {
                "{}"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Loads the CSDL of a version with the generator's own reader (independent of the table).
fn model(version: &str) -> Model {
    let dir = std::env::var_os("GRAPH_METADATA_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| shared("metadata"));
    let file = if version == "beta" {
        "beta.xml"
    } else {
        "v1.0.xml"
    };
    let mut stages = xtask::pipeline::Stages::default();
    xtask::pipeline::load_file(&dir.join(file), &mut stages).expect("metadata loads")
}

/// Does the metadata itself have `segment` where the table found nothing? If it does, the
/// table (the generator) is wrong; if it does not, the line is not in this version's
/// metadata.
fn metadata_has(model: &Model, e: &Unresolved) -> bool {
    let seg = e.segment.rsplit('.').next().unwrap_or(&e.segment);
    let Some(parent) = e.parent else {
        let c = model.container.as_ref().expect("container");
        return c
            .entity_sets
            .iter()
            .chain(&c.singletons)
            .any(|s| s.name == seg);
    };
    let Some(id) = model.type_by_qualified(parent) else {
        return false;
    };
    let mut chain = vec![id];
    while let Some(b) = model.types[*chain.last().expect("non-empty")]
        .structured()
        .and_then(|s| s.base)
    {
        chain.push(b);
    }
    let has_property = chain.iter().any(|&t| match &model.types[t].kind {
        TypeKind::Entity(s) => s
            .properties
            .iter()
            .any(|p| p.name == seg && p.navigation.is_some()),
        _ => false,
    });
    let has_operation = model.operations.iter().any(|o| {
        o.is_bound
            && o.name == seg
            && o.parameters.first().is_some_and(
                |b| matches!(b.ty.target, xtask::model::Target::Type(t) if chain.contains(&t)),
            )
    });
    has_property || has_operation
}

#[test]
fn every_documented_request_line_resolves_or_is_explained() {
    let models = [("v1.0", model("v1.0")), ("beta", model("beta"))];
    let lines = harvest();
    assert!(
        lines.len() > 300,
        "harvested only {} request lines",
        lines.len()
    );
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut unresolved = String::new();
    for l in &lines {
        let path = match l.target.find("graph.microsoft.com/") {
            Some(i) => {
                let rest = &l.target[i + "graph.microsoft.com/".len()..];
                rest.find('/').map_or("/", |j| &rest[j..]).to_string()
            }
            None if l.target.starts_with('/') => l.target.clone(),
            None => {
                *counts
                    .entry("notification to a bot callback (not a Graph request)".into())
                    .or_default() += 1;
                continue;
            }
        };
        match table(l.version).resolve(&l.method, &path) {
            Ok(r) => {
                // The template must be the line's path with keys as placeholders.
                let doc_shape: Vec<&str> =
                    path.split('?').next().unwrap_or("").split('/').collect();
                let ours: Vec<&str> = r.template.split('/').collect();
                assert_eq!(
                    doc_shape.len(),
                    ours.len(),
                    "{}: {} {} resolved to {}",
                    l.source,
                    l.method,
                    path,
                    r.template
                );
                assert_eq!(r.method, l.method);
                *counts
                    .entry(format!("resolved ({})", l.version))
                    .or_default() += 1;
            }
            Err(e) => {
                let model = &models
                    .iter()
                    .find(|(v, _)| *v == l.version)
                    .expect("model")
                    .1;
                assert!(
                    e.segment.is_empty() || !metadata_has(model, &e),
                    "{}: generator defect: the {} metadata has `{}` on {:?} but the route table does not ({e})",
                    l.source,
                    l.version,
                    e.segment,
                    e.parent
                );
                let other = if l.version == "beta" { "v1.0" } else { "beta" };
                let class = if table(other).resolve(&l.method, &path).is_ok() {
                    format!("not in this version's metadata (resolves in {other})")
                } else {
                    "not in this version's metadata (nor in the other)".to_string()
                };
                *counts
                    .entry(format!("{class} ({})", l.version))
                    .or_default() += 1;
                writeln!(
                    unresolved,
                    "{} [{}] {} {}\n    {class}: {e}",
                    l.source,
                    l.version,
                    l.method,
                    normalized(&path)
                )
                .expect("write to string");
            }
        }
    }
    let mut summary = String::new();
    for (k, v) in &counts {
        writeln!(summary, "{v:4} {k}").expect("write to string");
    }
    insta::assert_snapshot!("counts", summary);
    insta::assert_snapshot!("unresolved", unresolved);
}

#[test]
fn route_counts_per_version() {
    let mut out = String::new();
    for (name, t) in [
        ("v1.0", &msgraph_models::v1::routes::TABLE),
        ("beta", &msgraph_models::beta::routes::TABLE),
    ] {
        let (edges, routes) = t.counts();
        writeln!(
            out,
            "{name}: {} roots, {} entity types, {edges} edges, {routes} (method, edge) routes",
            t.roots.len(),
            t.types.len()
        )
        .expect("write to string");
    }
    insta::assert_snapshot!(out);
}
