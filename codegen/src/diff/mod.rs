//! What changes for users of the generated crate between two versions of a CSDL
//! document (`cargo xtask diff OLD.xml NEW.xml`).
//!
//! Both files go through the codegen reader and resolver
//! (`pipeline::load_file`); `compare` walks the two resolved models,
//! `classify` decides breaking-or-not and the Rust paths (spelled like the
//! emitter spells them), `report` renders Markdown or JSON.

pub mod classify;
pub mod compare;
pub mod report;

pub use report::{
    Change, ChangeKind, NamespaceChanges, OperationChanges, Report, Status, Summary, TypeChanges,
};

use crate::model::Model;
use crate::pipeline;
use crate::sources::Sources;
use anyhow::Result;
use std::path::Path;

/// Output format of the report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Markdown,
    Json,
}

impl std::str::FromStr for Format {
    type Err = String;
    /// `markdown` or `json`.
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "markdown" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            _ => Err(format!(
                "unknown report format `{s}` (expected `markdown` or `json`)"
            )),
        }
    }
}

impl Report {
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Markdown => self.to_markdown(),
            Format::Json => self.to_json(),
        }
    }
}

/// Compare two resolved models. `old_label` and `new_label` name the inputs
/// in the report; `rust_root` is the crate path of the generated version
/// (`msgraph_models::v1`).
pub fn diff_models(
    old: &Model,
    new: &Model,
    old_label: &str,
    new_label: &str,
    rust_root: &str,
) -> Report {
    let o = compare::Side::new(old, rust_root);
    let n = compare::Side::new(new, rust_root);
    let namespaces = compare::compare(&o, &n);
    Report {
        old: old_label.to_string(),
        new: new_label.to_string(),
        rust_root: rust_root.to_string(),
        summary: Summary::compute(&namespaces),
        namespaces,
    }
}

/// Load both files with the codegen reader and resolver (in parallel) and compare them.
pub fn diff_files(old: &Path, new: &Path, rust_root: &str) -> Result<Report> {
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(|| pipeline::load_file(old));
        let b = pipeline::load_file(new);
        (a.join(), b)
    });
    let a = a.map_err(|_| anyhow::anyhow!("reading {} panicked", old.display()))??;
    let b = b?;
    Ok(diff_models(
        &a,
        &b,
        &old.display().to_string(),
        &new.display().to_string(),
        rust_root,
    ))
}

/// The crate path a CSDL file is generated into: `msgraph_models::<module>`
/// for the input of `sources` (`metadata/sources.toml`) whose file name it has or whose
/// version it starts with (`v1.0-2026-07-21.xml` -> `v1`), else `crate`.
pub fn rust_root_for(file: &Path, sources: &Sources) -> String {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for i in &sources.inputs {
        let stem = i.file.strip_suffix(".xml").unwrap_or(&i.file);
        if name == i.file
            || name.starts_with(&format!("{}-", i.version))
            || name.starts_with(&format!("{stem}-"))
        {
            return format!("msgraph_models::{}", i.module);
        }
    }
    "crate".into()
}
