//! The maintainer flow as a test: point codegen at older metadata (a metadata
//! directory holding the history files under the pinned names, and a
//! `sources.toml` whose sha256 entries pin them), regenerate `msgraph-models`
//! into a temporary directory, and check that today's generated code differs
//! from it exactly where `cargo xtask diff` says:
//!
//! - per type: the set of types whose emitted code (`emit::type_text`)
//!   differs or exists on one side only equals the set of types the report
//!   names;
//! - per file, in `msgraph-models` itself: the files that differ are those the report
//!   predicts (`mod.rs` when namespaces or part crates come or go, `registry.rs` when a
//!   registry entry changes, `requests.rs`/`routes.rs`/`params.rs` when operations or
//!   addressing change, `schema.rs` when what the schema tables hold changes). The types themselves live in part crates (`parts/`, see
//!   `model::partition`): a change in references can move unchanged types from one part
//!   to another, so part files are not predicted per file; the per-type check covers
//!   their content. The `ops` part's route table and parameters count as the facade's
//!   `routes.rs` and `params.rs`.

use crate::metadata_dir;
use msgraph_codegen::diff::{ChangeKind, Report, Status, diff_models};
use msgraph_codegen::emit::rust_type::Paths;
use msgraph_codegen::emit::type_text;
use msgraph_codegen::model::Model;
use msgraph_codegen::model::partition::Partition;
use msgraph_codegen::pipeline::models_files;
use msgraph_codegen::sources::{Sources, sha256_hex};
use msgraph_codegen::write;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The history file standing in for each pinned input.
fn history_of(file: &str) -> &'static str {
    match file {
        "v1.0.xml" => "history/v1.0-2026-07-21.xml",
        "beta.xml" => "history/beta-2021-05-18.xml",
        other => panic!("no history file for {other}"),
    }
}

/// Every type's generated code, formatted on its own, by qualified name.
fn emitted_types(model: &Model, root: &str) -> BTreeMap<String, String> {
    let paths = Paths::new(root);
    let ids: Vec<usize> = (0..model.types.len()).collect();
    let threads = std::thread::available_parallelism().map_or(4, |n| n.get());
    let chunk = ids.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = ids
            .chunks(chunk)
            .map(|ids| {
                let paths = &paths;
                s.spawn(move || {
                    ids.iter()
                        .map(|&id| {
                            let text = type_text(model, paths, id)
                                .unwrap_or_else(|e| panic!("{}: {e}", model.types[id].qualified));
                            (model.types[id].qualified.clone(), text)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("emit thread"))
            .collect()
    })
}

fn differing(a: &BTreeMap<String, String>, b: &BTreeMap<String, String>) -> BTreeSet<String> {
    let names: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    names
        .into_iter()
        .filter(|q| a.get(*q) != b.get(*q))
        .cloned()
        .collect()
}

fn reported_types(report: &Report) -> BTreeSet<String> {
    report
        .namespaces
        .iter()
        .flat_map(|ns| ns.types.iter().map(|t| t.qualified.clone()))
        .collect()
}

/// Whether a change alters the version's `registry.rs` (name, kind and Rust
/// type of every type).
fn touches_registry(report: &Report) -> bool {
    report.namespaces.iter().flat_map(|ns| &ns.types).any(|t| {
        t.status != Status::Changed
            || t.changes.iter().any(|c| match c.kind {
                ChangeKind::TypeKindChanged
                | ChangeKind::TypeRustPathChanged
                | ChangeKind::PolyEnumRenamed
                | ChangeKind::FlagsChanged => true,
                // `AnyX` appears or disappears.
                ChangeKind::DerivedTypeAdded | ChangeKind::DerivedTypeRemoved => c
                    .note
                    .as_deref()
                    .is_some_and(|n| n.starts_with("first") || n.starts_with("last")),
                _ => false,
            })
    })
}

/// Whether any namespace of the report has changed operations or container members, or a
/// type that `kinds` selects (by its kind, `entity`, `complex`, ...) that was added, removed,
/// or changed by one of `changes`.
fn touches_types(report: &Report, kinds: impl Fn(&str) -> bool, changes: &[ChangeKind]) -> bool {
    report.namespaces.iter().any(|ns| {
        !ns.operations.is_empty()
            || !ns.container.is_empty()
            || ns.types.iter().filter(|t| kinds(t.kind)).any(|t| {
                t.status != Status::Changed || t.changes.iter().any(|c| changes.contains(&c.kind))
            })
    })
}

/// Request builders and the route table change with operations, entity sets and
/// singletons, and with entity types, their navigation properties and hierarchy.
fn touches_requests(report: &Report) -> bool {
    touches_types(
        report,
        |kind| kind == "entity",
        &[
            ChangeKind::PropertyAdded,
            ChangeKind::PropertyRemoved,
            ChangeKind::PropertyNavigationChanged,
            ChangeKind::PropertyCollectionChanged,
            ChangeKind::PropertyTypeChanged,
            ChangeKind::DerivedTypeAdded,
            ChangeKind::DerivedTypeRemoved,
            ChangeKind::BaseTypeChanged,
            ChangeKind::TypeShapeChanged,
            ChangeKind::TypeRustPathChanged,
            ChangeKind::PolyEnumRenamed,
        ],
    )
}

/// Action parameter structs change with actions that have (or had) parameters.
fn touches_params(report: &Report, old: &Model, new: &Model) -> bool {
    let has_params = |m: &Model, o: &msgraph_codegen::diff::report::OperationChanges| {
        m.operations.iter().any(|op| {
            op.is_action
                && op.qualified == o.qualified
                && op.parameters.len() > usize::from(op.is_bound)
        })
    };
    report
        .namespaces
        .iter()
        .flat_map(|ns| &ns.operations)
        .any(|o| o.kind == "action" && (has_params(old, o) || has_params(new, o)))
}

/// Whether a change alters the version's `schema.rs` (schema tables): types come or go
/// (the indices of derived types shift), a type's properties (JSON names, types, order),
/// enum members (and their order), flags, base or derived types or open-ness change, or
/// operations, entity sets or singletons change (their names, action bodies).
fn touches_schema(report: &Report) -> bool {
    touches_types(
        report,
        |_| true,
        &[
            ChangeKind::TypeKindChanged,
            ChangeKind::TypeShapeChanged,
            ChangeKind::BaseTypeChanged,
            ChangeKind::DerivedTypeAdded,
            ChangeKind::DerivedTypeRemoved,
            ChangeKind::FieldOrderChanged,
            ChangeKind::PropertyAdded,
            ChangeKind::PropertyRemoved,
            ChangeKind::PropertyCollectionChanged,
            ChangeKind::PropertyTypeChanged,
            ChangeKind::FlagsChanged,
            ChangeKind::MemberAdded,
            ChangeKind::MemberRemoved,
            ChangeKind::MemberOrderChanged,
        ],
    )
}

/// `#[cfg(msgraph_v1_c17)]` -> `#[cfg(gate)]`.
fn without_gates(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("#[cfg(msgraph_") {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find(")]").map_or(tail.len(), |e| e + 2);
        out.push_str("#[cfg(gate)]");
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// The route table and action parameters of the `ops` part crate
/// (`parts/v1-ops/src/v1/{routes.rs,params.rs,params/*}`) counted as the facade's
/// `src/v1/routes.rs` and `src/v1/params.rs`: where they live is layout, what changes
/// them is the same.
fn ops_as_facade(p: &Path) -> PathBuf {
    let parts: Vec<&str> = p.iter().filter_map(|c| c.to_str()).collect();
    match parts.as_slice() {
        ["parts", krate, "src", module, file, ..]
            if krate.strip_suffix("-ops") == Some(module)
                && (file.starts_with("params") || file.starts_with("routes")) =>
        {
            let stem = file.trim_end_matches(".rs");
            PathBuf::from("src").join(module).join(format!("{stem}.rs"))
        }
        _ => p.to_path_buf(),
    }
}

/// The files of `msgraph-models` itself (not its parts) the report predicts to differ
/// for one version, whose part crates are `old_parts` and `new_parts`.
fn expected_files(
    module: &str,
    (old, old_parts): (&Model, &Partition),
    (new, new_parts): (&Model, &Partition),
    report: &Report,
) -> BTreeSet<PathBuf> {
    let dir = PathBuf::from("src").join(module);
    let mut out = BTreeSet::new();
    let modules = |m: &Model| -> BTreeSet<Option<String>> {
        m.namespaces.iter().map(|n| n.module.clone()).collect()
    };
    let parts =
        |p: &Partition| -> Vec<String> { p.crates.iter().map(|c| c.name.clone()).collect() };
    if modules(old) != modules(new) || parts(old_parts) != parts(new_parts) {
        out.insert(dir.join("mod.rs"));
    }
    if touches_registry(report) || touches_params(report, old, new) {
        out.insert(dir.join("registry.rs"));
    }
    if touches_requests(report) {
        out.insert(dir.join("requests.rs"));
        out.insert(dir.join("routes.rs"));
    }
    if touches_params(report, old, new) {
        out.insert(dir.join("params.rs"));
    }
    if touches_schema(report) {
        out.insert(dir.join("schema.rs"));
    }
    out
}

#[test]
fn regenerated_history_differs_exactly_where_the_report_says() {
    let root = crate::workspace_root();
    let meta = metadata_dir();
    let pinned_text = std::fs::read_to_string(root.join("metadata/sources.toml")).unwrap();
    let pinned = Sources::load(&root.join("metadata/sources.toml")).unwrap();

    // 1. A metadata dir with the history files under the pinned names, and a
    //    sources.toml pinning them: what a maintainer does with a new file.
    let tmp = tempfile::tempdir().unwrap();
    let old_meta = tmp.path().join("metadata");
    std::fs::create_dir_all(&old_meta).unwrap();
    let mut old_text = pinned_text.clone();
    for input in &pinned.inputs {
        let bytes = std::fs::read(meta.join(history_of(&input.file))).unwrap();
        std::fs::write(old_meta.join(&input.file), &bytes).unwrap();
        old_text = old_text.replace(&input.sha256, &sha256_hex(&bytes));
    }
    let old_sources_path = tmp.path().join("sources.toml");
    std::fs::write(&old_sources_path, old_text).unwrap();
    let old_sources = Sources::load(&old_sources_path).unwrap();

    // 2. `cargo xtask codegen` on both: the history crate is written to a
    //    temporary directory, today's is compared against it like `--check`.
    let (old_files, old_models, old_parts) = models_files(&old_sources, &old_meta).unwrap();
    let (new_files, new_models, new_parts) = crate::today();
    let out = tmp.path().join("generated");
    write::write_atomic(&out, &old_files).unwrap();
    let drift = write::check(&out, new_files).unwrap();
    let (part_files, all_differing): (BTreeSet<PathBuf>, BTreeSet<PathBuf>) = drift
        .changed
        .iter()
        .chain(&drift.missing)
        .chain(&drift.stale)
        .cloned()
        .partition(|p| p.starts_with("parts") && ops_as_facade(p) == *p);
    println!("part crate files differing: {}", part_files.len());
    // Per-area gates: when the container's entity sets or singletons change, the areas
    // change, and with them the gate classes (`#[cfg(msgraph_beta_c17)]`) of types in
    // any file, the feature list (Cargo.toml) and the build script. Files that differ
    // only in gate class names are set apart and allowed only then.
    let new_text = |p: &PathBuf| {
        new_files
            .iter()
            .find(|f| &f.path == p)
            .map(|f| f.contents.clone())
            .unwrap_or_default()
    };
    let old_text = |p: &PathBuf| std::fs::read_to_string(out.join(p)).unwrap_or_default();
    let (gate_only, differing_files): (BTreeSet<PathBuf>, BTreeSet<PathBuf>) =
        all_differing.into_iter().partition(|p| {
            p.extension().is_some_and(|e| e == "rs")
                && p.file_name().is_some_and(|n| n != "build.rs")
                && without_gates(&old_text(p)) == without_gates(&new_text(p))
        });
    let containers_changed = pinned
        .inputs
        .iter()
        .zip(old_models.iter().zip(new_models))
        .any(|(input, ((_, old), (_, new)))| {
            let report = diff_models(old, new, history_of(&input.file), &input.file, "crate");
            report.namespaces.iter().any(|ns| !ns.container.is_empty())
        });
    // Files split out of a module file (`src/v1/requests/impls_a_c.rs`) count as that
    // module file (`src/v1/requests.rs`).
    let mut differing_files: BTreeSet<PathBuf> = differing_files
        .iter()
        .map(|p| ops_as_facade(p))
        .map(|p| match p.parent() {
            Some(dir) if p.components().count() == 4 && p.starts_with("src") => {
                dir.with_extension("rs")
            }
            _ => p,
        })
        .collect();
    if containers_changed {
        println!("files differing only in gate classes: {gate_only:?}");
        assert!(
            differing_files.remove(&PathBuf::from("Cargo.toml"))
                & differing_files.remove(&PathBuf::from("build.rs")),
            "entity sets or singletons changed: the area features and build script must change"
        );
    } else {
        assert!(
            gate_only.is_empty(),
            "gate classes changed without container changes: {gate_only:?}"
        );
    }

    let mut expected_all = BTreeSet::new();
    for (i, (input, ((_, old), (_, new)))) in pinned
        .inputs
        .iter()
        .zip(old_models.iter().zip(new_models))
        .enumerate()
    {
        let report = diff_models(
            old,
            new,
            history_of(&input.file),
            &input.file,
            &format!("msgraph_models::{}", input.module),
        );
        // 3. Per type: exactly the types the report names.
        let code_root = format!("crate::{}", input.module);
        let changed = differing(
            &emitted_types(old, &code_root),
            &emitted_types(new, &code_root),
        );
        let named = reported_types(&report);
        let unreported: Vec<_> = changed.difference(&named).collect();
        let unchanged: Vec<_> = named.difference(&changed).collect();
        assert!(
            unreported.is_empty() && unchanged.is_empty(),
            "{}: generated code changed but not reported: {unreported:?}\nreported but generated code unchanged: {unchanged:?}",
            input.file
        );
        assert!(!changed.is_empty(), "{}: the history differs", input.file);
        println!(
            "{}: {} types with different generated code, all named by the report ({} changes)",
            input.file,
            changed.len(),
            report.summary.changes
        );
        expected_all.extend(expected_files(
            &input.module,
            (old, &old_parts[i]),
            (new, &new_parts[i]),
            &report,
        ));
    }

    // 4. Per file: exactly the module files of the reported namespaces.
    assert_eq!(
        differing_files, expected_all,
        "generated files that differ vs files the report predicts"
    );
    println!("files differing: {differing_files:?}");
}
