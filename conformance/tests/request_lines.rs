//! Every HTTP request line in the Graph docs (`../shared/docs/*/api/*.md`) and in the seed
//! pages (`../shared/seeds/*.txt`) is resolved through the generated route table of its
//! version: it must match a route with the same method and path template, or be listed
//! (snapshot `request_lines__unresolved`) with its reason. Lines addressed to a bot's own
//! callback URL (notifications) are not Graph requests and are counted apart.

use msgraph_codegen::model::capabilities::{Capabilities, Restriction};
use msgraph_codegen::model::{Model, TypeKind};
use msgraph_conformance::Version;
use msgraph_conformance::harvest::http;
use msgraph_core::routes::{RouteKind, RouteTable, Unresolved};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

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

/// The kit's own request-line parser, so the kit and this test read lines the same way.
fn request_line(text: &str) -> Option<(String, String)> {
    http::request_line(text).map(|(m, t)| (m.to_string(), t.to_string()))
}

/// The version a URL names (any letter case), if it is a Graph URL.
fn version_of_url(url: &str) -> Option<&'static str> {
    match http::graph_path(url)?.0? {
        Version::V1 => Some("v1.0"),
        Version::Beta => Some("beta"),
    }
}

fn harvest() -> Vec<Line> {
    let mut out = Vec::new();
    for (corpus, version) in [
        ("docs", "v1.0"),
        ("docs", "beta"),
        ("docs-2021", "v1.0"),
        ("docs-2021", "beta"),
    ] {
        let dir = shared(corpus).join(version).join("api");
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
                        source: format!("{corpus}/{version}/api/{}:{}", file_name(&f), i + 1),
                        version: version_of_url(&target).unwrap_or(version),
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

/// The line's path without its query, and with a drive item path (`root:/a/b.txt:/content`)
/// written as the template writes it (`root:/{item-path}:/content`) when the route
/// resolved one.
fn doc_shape(path: &str, template: &str) -> String {
    let p = path.split('?').next().unwrap_or("");
    let Some(i) = p.find(":/").filter(|_| template.contains(":/{item-path}:")) else {
        return p.to_string();
    };
    let after = &p[i + 2..];
    let rest = after.find(':').map_or("", |j| &after[j + 1..]);
    format!("{}:/{{item-path}}:{rest}", &p[..i])
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
    msgraph_codegen::pipeline::load_file(&dir.join(file)).expect("metadata loads")
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
                |b| matches!(b.ty.target, msgraph_codegen::model::Target::Type(t) if chain.contains(&t)),
            )
    });
    has_property || has_operation
}

/// The Capabilities restriction `r` is annotated false about `name`: on an entity set,
/// singleton or navigation property of that name, on the entity type such a property
/// targets, or in a `NavigationRestrictions/RestrictedProperties` entry naming it.
fn annotation_denies(model: &Model, name: &str, r: Restriction) -> bool {
    let says_false = |c: &Capabilities| c.allows(r) == Some(false);
    let c = model.container.as_ref().expect("container");
    if c.entity_sets
        .iter()
        .chain(&c.singletons)
        .any(|s| s.name == name && says_false(&s.capabilities))
    {
        return true;
    }
    for t in &model.types {
        let nav_restricted = t.capabilities.restricted_properties.iter().any(|e| {
            e.navigation_property.rsplit('/').next() == Some(name)
                && e.modifications.allows(r) == Some(false)
        });
        if nav_restricted {
            return true;
        }
        let TypeKind::Entity(s) = &t.kind else {
            continue;
        };
        for p in s.properties.iter().filter(|p| p.name == name) {
            if says_false(&p.capabilities) {
                return true;
            }
            if let msgraph_codegen::model::Target::Type(id) = p.ty.target
                && says_false(&model.types[id].capabilities)
            {
                return true;
            }
        }
    }
    false
}

/// A "method not allowed" answer must be true of the CSDL: the restriction it names is
/// annotated on the last segment, or the segment is a singleton, an operation or a
/// system segment (`$ref`, `$count`, `$value`). `None` when the reason holds, else what
/// is wrong with it.
fn check_not_allowed(model: &Model, path: &str, e: &Unresolved) -> Option<String> {
    let last = e
        .resolved_prefix
        .rsplit('/')
        .find(|s| !s.starts_with('{'))
        .unwrap_or("");
    let name = last.rsplit('.').next().unwrap_or(last);
    let r = e.reason.as_str();
    let c = model.container.as_ref().expect("container");
    let is_op = |action: Option<bool>| {
        model
            .operations
            .iter()
            .any(|o| o.name == name && action.is_none_or(|a| o.is_action == a))
            || c.action_imports
                .iter()
                .chain(&c.function_imports)
                .any(|i| i.name == name)
    };
    let holds = if let Some((_, restriction)) = [
        ("InsertRestrictions", Restriction::Insert),
        ("UpdateRestrictions", Restriction::Update),
        ("DeleteRestrictions", Restriction::Delete),
    ]
    .into_iter()
    .find(|(t, _)| r.contains(t))
    {
        annotation_denies(model, name, restriction)
    } else if r.contains("a singleton") {
        c.singletons.iter().any(|s| s.name == name)
    } else if r.contains("the result of a function") || r.contains("a function (GET only)") {
        is_op(Some(false))
    } else if r.contains("an action (POST only)") {
        is_op(Some(true))
    } else if r.contains("one entity (POST") {
        // The line's last segment must not be an action of the metadata.
        let doc_last = path
            .split('?')
            .next()
            .unwrap_or("")
            .rsplit('/')
            .next()
            .unwrap_or("");
        let doc_last = doc_last.rsplit('.').next().unwrap_or(doc_last);
        !model
            .operations
            .iter()
            .any(|o| o.is_action && o.name == doc_last)
    } else if r.contains("a stream (") {
        last == "$value"
            || model.types.iter().any(|t| match &t.kind {
                TypeKind::Entity(s) => s.properties.iter().any(|p| {
                    p.name == name
                        && p.ty.target
                            == msgraph_codegen::model::Target::Prim(
                                msgraph_codegen::model::Edm::Stream,
                            )
                }),
                _ => false,
            })
    } else if r.contains("a structural property (") {
        model.types.iter().any(|t| match &t.kind {
            TypeKind::Entity(s) => s
                .properties
                .iter()
                .any(|p| p.name == name && p.navigation.is_none()),
            _ => false,
        })
    } else if r.contains("a collection (") {
        !e.resolved_prefix.ends_with('}')
    } else if r.contains("one entity (GET") {
        !["GET", "PATCH", "PUT", "DELETE"]
            .iter()
            .any(|m| r.starts_with(m))
    } else if r.contains("the service root") {
        e.resolved_prefix.is_empty()
    } else {
        last.starts_with('$')
    };
    (!holds).then(|| format!("`{r}` is not true of `{last}` in the CSDL"))
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
    let mut defects: Vec<String> = Vec::new();
    for l in &lines {
        let path = match http::graph_path(&l.target) {
            Some((_, p)) => p.into_owned(),
            None => {
                *counts
                    .entry("notification to a bot callback (not a Graph request)".into())
                    .or_default() += 1;
                continue;
            }
        };
        match table(l.version).resolve(&l.method, &path) {
            Ok(r) => {
                // The template must be the line's path with keys as placeholders (and a
                // drive item path as the one placeholder `{item-path}`, at the same place).
                let doc = doc_shape(&path, &r.template);
                let doc_shape: Vec<&str> = doc.split('/').collect();
                let ours: Vec<&str> = r.template.split('/').collect();
                let item_path = |segs: &[&str]| segs.iter().position(|s| *s == "{item-path}:");
                assert!(
                    doc_shape.len() == ours.len() && item_path(&doc_shape) == item_path(&ours),
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
                if e.segment.is_empty()
                    && let Some(wrong) = check_not_allowed(model, &path, &e)
                {
                    defects.push(format!(
                        "{}: generator defect: {} {} is refused but {wrong} ({e})",
                        l.source, l.method, path
                    ));
                    continue;
                }
                if !e.segment.is_empty() && metadata_has(model, &e) {
                    defects.push(format!(
                        "{}: generator defect: the {} metadata has `{}` on {:?} but the route table does not ({e})",
                        l.source, l.version, e.segment, e.parent
                    ));
                    continue;
                }
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
    assert!(
        defects.is_empty(),
        "{} wrong answers:\n{}",
        defects.len(),
        defects.join("\n")
    );
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

/// OneDrive path addressing (issue 14, defect 3): documented lines with a drive item path
/// resolve to the route of the item they reach, and go on from there.
#[test]
fn drive_item_path_lines_resolve() {
    let cases = [
        (
            "docs-2021/v1.0/api/driveitem-createuploadsession.md:99",
            "/me/drive/root:/{item-path}:/createUploadSession",
            RouteKind::Action,
            Some("microsoft.graph.uploadSession"),
        ),
        (
            "docs-2021/v1.0/api/driveitem-createuploadsession.md:363",
            "/me/drive/root:/{item-path}:",
            RouteKind::Replace,
            Some("microsoft.graph.driveItem"),
        ),
        (
            "docs-2021/v1.0/api/worksheet-list.md:28",
            "/me/drive/root:/{item-path}:/workbook/worksheets",
            RouteKind::List,
            Some("microsoft.graph.workbookWorksheet"),
        ),
        (
            "docs-2021/v1.0/api/table-delete.md:30",
            "/me/drive/root:/{item-path}:/workbook/worksheets/{workbookWorksheet-id}/tables/{workbookTable-id}",
            RouteKind::Delete,
            None,
        ),
        (
            "docs-2021/v1.0/api/workbookrange-columnsbefore.md:30",
            "/me/drive/root:/{item-path}:/workbook/worksheets/{workbookWorksheet-id}/range/columnsBefore",
            RouteKind::Function,
            Some("microsoft.graph.workbookRange"),
        ),
    ];
    for (source, template, kind, response) in cases {
        let (file, line) = source.rsplit_once(':').expect("file:line");
        let (corpus, rest) = file.split_once('/').expect("corpus/path");
        let text = std::fs::read_to_string(shared(corpus).join(rest)).expect("doc page");
        let n: usize = line.parse().expect("line number");
        let (method, target) = request_line(text.lines().nth(n - 1).expect("line").trim())
            .unwrap_or_else(|| panic!("{source}: not a request line"));
        let r = msgraph_models::v1::routes::TABLE
            .resolve(&method, &target)
            .unwrap_or_else(|e| panic!("{source}: {method} {target}: {e}"));
        assert_eq!(
            (r.template.as_str(), r.kind, r.response),
            (template, kind, response),
            "{source}: {method} {target}"
        );
    }
}
